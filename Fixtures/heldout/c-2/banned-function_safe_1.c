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

    if (snprintf(path, sizeof path, "%s/kiosk.ini", dir) >= (int)sizeof path)
        return -1;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;

    while (n < max && fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == ';' || line[0] == '\0')
            continue;
        if (line[0] == '[') {
            line[strcspn(line, "]")] = '\0';
            snprintf(section, sizeof section, "%s", line + 1);
            continue;
        }
        if (sscanf(line, "%63[^=]=%255s", out[n].key, out[n].value) == 2) {
            snprintf(out[n].section, sizeof out[n].section, "%s", section);
            n++;
        }
    }
    fclose(f);
    return n;
}
