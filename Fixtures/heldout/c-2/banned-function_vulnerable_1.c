/* ini.c - minimal INI reader for the kiosk configuration (kiosk.ini). */
#include <stdio.h>
#include <string.h>

#define MAX_LINE 512

struct ini_entry {
    char section[64];
    char key[64];
    char value[256];
};

int ini_load(const char *dir, struct ini_entry *out, int max)
{
    char path[256];
    char line[MAX_LINE];
    char section[64] = "global";
    int n = 0;

    strcpy(path, dir); // expect: banned-function
    strcat(path, "/kiosk.ini"); // expect: banned-function
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;

    while (n < max && fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == ';' || line[0] == '\0')
            continue;
        if (line[0] == '[') {
            line[strcspn(line, "]")] = '\0';
            strcpy(section, line + 1); // expect: banned-function
            continue;
        }
        if (sscanf(line, "%63[^=]=%s", out[n].key, out[n].value) == 2) { // expect: banned-function
            snprintf(out[n].section, sizeof out[n].section, "%s", section);
            n++;
        }
    }
    fclose(f);
    return n;
}
