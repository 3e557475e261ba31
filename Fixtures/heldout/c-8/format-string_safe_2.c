#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

#define MAX_TEMPLATES 8

struct notice_tpl {
    char key[32];
    char text[200];
};

static struct notice_tpl templates[MAX_TEMPLATES];
static int template_count;

static void load_templates(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[256];
    while (template_count < MAX_TEMPLATES && fgets(line, sizeof line, f)) {
        struct notice_tpl *t = &templates[template_count];
        if (sscanf(line, "%31[^=]=%199[^\n]", t->key, t->text) == 2)
            template_count++;
    }
    fclose(f);
}

static const char *lookup(const char *key)
{
    for (int i = 0; i < template_count; i++)
        if (strcmp(templates[i].key, key) == 0) return templates[i].text;
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s KEY SEAT\n", argv[0]);
        return 2;
    }
    load_templates(getenv("HOME") ? "notices.conf" : "/etc/kiosk/notices.conf");
    const char *tpl = lookup(argv[1]);
    if (!tpl) return 1;
    char out[256];
    snprintf(out, sizeof out, "%s (seat %s)", tpl, argv[2]);
    int fd = open("/dev/tty1", O_WRONLY);
    if (fd < 0) return 1;
    dprintf(fd, "%s\n", out);
    close(fd);
    return 0;
}
