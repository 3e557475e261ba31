/* inetd service: answers "WHOIS <handle>" lines with the member card from the roster file. */
#include <stdio.h>
#include <string.h>

#define ROSTER "/var/lib/clubd/roster.txt"

static int find_member(const char *handle, char *card, size_t cap)
{
    char line[256];
    FILE *fp = fopen(ROSTER, "r");
    int found = 0;

    if (fp == NULL)
        return -1;
    while (fgets(line, sizeof line, fp) != NULL) {
        size_t n = strlen(handle);
        if (strncmp(line, handle, n) == 0 && line[n] == ':') {
            snprintf(card, cap, "%s", line + n + 1);
            found = 1;
            break;
        }
    }
    fclose(fp);
    return found;
}

int main(void)
{
    char verb[16];
    char handle[32];
    char card[200];
    char reply[256];

    if (scanf("%15s %31s", verb, handle) != 2)
        return 1;
    if (strcmp(verb, "WHOIS") != 0) {
        puts("ERR unknown verb");
        return 1;
    }
    if (find_member(handle, card, sizeof card) != 1) {
        puts("ERR no such member");
        return 0;
    }
    snprintf(reply, sizeof reply, "OK %s %s", handle, card);
    fputs(reply, stdout);
    return 0;
}
