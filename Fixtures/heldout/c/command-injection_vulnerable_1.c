/* netcheck.c - lab utility: ping a host and show its DNS record */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    char cmd[256];
    char line[256];
    const char *dns = getenv("DNS_SERVER");
    FILE *p;

    if (argc != 2) {
        fprintf(stderr, "usage: %s HOST\n", argv[0]);
        return 2;
    }
    snprintf(cmd, sizeof cmd, "ping -c 2 %s", argv[1]);
    if (system(cmd) != 0) // expect: command-injection
        fprintf(stderr, "host unreachable\n");

    snprintf(cmd, sizeof cmd, "dig +short %s @%s", argv[1], dns ? dns : "1.1.1.1");
    p = popen(cmd, "r"); // expect: command-injection
    if (p == NULL) {
        perror("popen");
        return 1;
    }
    while (fgets(line, sizeof line, p) != NULL)
        fputs(line, stdout);
    return pclose(p) == 0 ? 0 : 1;
}
