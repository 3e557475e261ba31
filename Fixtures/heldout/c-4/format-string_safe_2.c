/* motd: prints the files in /etc/motd.d, expanding $USER, then the user's own ~/.greeting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

#define GREETING_FMT "-- %s --\n"

static void print_file(const char *path, const char *user)
{
    char line[300];
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return;
    while (fgets(line, sizeof line, fp) != NULL) {
        char *var = strstr(line, "$USER");
        if (var != NULL) {
            *var = '\0';
            printf("%s%s%s", line, user, var + 5);
        } else {
            fputs(line, stdout);
        }
    }
    fclose(fp);
}

static void print_greeting(const char *home, int boxed)
{
    char path[512], text[200], out[256];
    FILE *fp;

    snprintf(path, sizeof path, "%s/.greeting", home);
    fp = fopen(path, "r");
    if (fp == NULL)
        return;
    if (fgets(text, sizeof text, fp) != NULL) {
        text[strcspn(text, "\n")] = '\0';
        snprintf(out, sizeof out, boxed ? GREETING_FMT : "%s\n", text);
        fputs(out, stdout);
    }
    fclose(fp);
}

int main(void)
{
    const char *user = getenv("USER");
    const char *home = getenv("HOME");
    const char *banner = getenv("MOTD_BANNER");
    DIR *d = opendir("/etc/motd.d");

    if (banner != NULL)
        puts(banner);
    if (d != NULL) {
        struct dirent *e;
        char path[512];
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "/etc/motd.d/%s", e->d_name);
            print_file(path, user ? user : "friend");
        }
        closedir(d);
    }
    if (home != NULL)
        print_greeting(home, getenv("MOTD_BOXED") != NULL);
    return 0;
}
