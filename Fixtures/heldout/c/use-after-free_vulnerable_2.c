/* session.c - per-connection state for the chat server project */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct session {
    int fd;
    char *user;
    char *inbox;
};

void session_close(struct session *s)
{
    close(s->fd);
    free(s->user);
    free(s->inbox);
    free(s);
    printf("closed session on fd %d\n", s->fd); // expect: use-after-free
}

int session_rename(struct session *s, const char *name)
{
    char *old = s->user;

    s->user = strdup(name);
    if (s->user == NULL) {
        s->user = old;
        return -1;
    }
    free(old);
    fprintf(stderr, "user %s is now %s\n", old, s->user); // expect: use-after-free
    return 0;
}
