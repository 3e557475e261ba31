/* profile.c - user profile records for the address book exercise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct profile {
    char *name;
    char *email;
    char *notes;
};

int profile_set_email(struct profile *p, const char *email)
{
    if (strchr(email, '@') == NULL)
        return -1;
    char *copy = strdup(email);
    if (copy == NULL)
        return -1;
    free(p->email);
    p->email = copy;
    return 0;
}

void profile_destroy(struct profile *p)
{
    free(p->name);
    free(p->email);
    free(p->notes);
    free(p);
}

int profile_append_note(struct profile *p, const char *line)
{
    size_t cap = (p->notes ? strlen(p->notes) : 0) + strlen(line) + 2;
    char *buf = malloc(cap);
    if (buf == NULL)
        return -1;
    snprintf(buf, cap, "%s%s\n", p->notes ? p->notes : "", line);
    free(p->notes);
    p->notes = buf;
    return 0;
}
