/* profile.c - user profile records for the address book exercise. */
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
    free(p->email); // expect: double-free
    free(p);
}

void profile_clear_notes(struct profile *p, int also_email)
{
    char *notes = p->notes;
    free(notes);
    if (also_email) {
        free(p->email);
        p->email = NULL;
    }
    free(notes); // expect: double-free
    p->notes = NULL;
}
