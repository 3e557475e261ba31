/* lumenctl.c - interactive admin shell for the lumen daemon (GNU readline). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

struct session {
    char user[32];
    char target[64];
    int verbose;
};

static void make_prompt(char *out, const struct session *s)
{
    sprintf(out, "lumen[%s@%s]> ", s->user, s->target); /* expect: banned-function */
}

static void handle(struct session *s, const char *line)
{
    char verb[16], arg[64];

    if (sscanf(line, "%15s %s", verb, arg) < 1) /* expect: banned-function */
        return;
    if (strcmp(verb, "connect") == 0)
        snprintf(s->target, sizeof s->target, "%s", arg);
    else if (strcmp(verb, "verbose") == 0)
        s->verbose = !s->verbose;
    else
        printf("unknown command: %s\n", verb);
}

int main(void)
{
    struct session s = { .verbose = 0 };
    char prompt[128];
    char *line;

    snprintf(s.user, sizeof s.user, "%s", getenv("USER") ? getenv("USER") : "admin");
    snprintf(s.target, sizeof s.target, "%s", "localhost");
    for (;;) {
        make_prompt(prompt, &s);
        line = readline(prompt);
        if (!line)
            break;
        if (*line) {
            add_history(line);
            handle(&s, line);
        }
        free(line);
    }
    return 0;
}
