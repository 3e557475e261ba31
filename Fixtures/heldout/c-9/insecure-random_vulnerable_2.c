/* Lab account provisioning: creates student accounts and prints first-login passwords. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char charset[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

static void temp_password(char *out, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        out[i] = charset[rand() % (sizeof charset - 1)]; // expect: insecure-random
    out[len] = '\0';
}

int main(int argc, char **argv)
{
    char line[128];
    char password[13];
    FILE *roster;

    if (argc != 2) {
        fprintf(stderr, "usage: %s roster.txt\n", argv[0]);
        return 2;
    }
    roster = fopen(argv[1], "r");
    if (roster == NULL)
        return 1;
    srand((unsigned)time(NULL));
    while (fgets(line, sizeof line, roster) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '\0')
            continue;
        temp_password(password, sizeof password - 1);
        printf("%s:%s\n", line, password);
    }
    fclose(roster);
    return 0;
}
