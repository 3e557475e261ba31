/* config.c - tiny key = value config reader used by the lab's game server */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    char *key;
    char *value;
};

static char errbuf[256];

static void set_error(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsprintf(errbuf, fmt, ap); // expect: banned-function
    va_end(ap);
}

const char *config_error(void)
{
    return errbuf;
}

/* The destination is sized from strlen + 1, but strcpy is on the banned list regardless. */
static char *copy_string(const char *src)
{
    char *dst = malloc(strlen(src) + 1);

    if (dst == NULL)
        return NULL;
    strcpy(dst, src); // expect: banned-function
    return dst;
}

int parse_entry(const char *line, struct entry *e)
{
    char key[64];
    char value[192];

    if (sscanf(line, "%s = %s", key, value) != 2) { // expect: banned-function
        set_error("malformed line: %.40s", line);
        return -1;
    }
    e->key = copy_string(key);
    e->value = copy_string(value);
    if (e->key == NULL || e->value == NULL) {
        free(e->key);
        free(e->value);
        set_error("out of memory");
        return -1;
    }
    return 0;
}
