/* Window-title helper for a music player: the title template comes from the user's config file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct track {
    const char *artist;
    const char *title;
    int number;
};

static void load_template(char *tpl, size_t cap)
{
    char path[512];
    const char *home = getenv("HOME");
    FILE *fp;

    snprintf(tpl, cap, "%s", "%s - %s");
    if (home == NULL)
        return;
    snprintf(path, sizeof path, "%s/.config/tunebar/title", home);
    fp = fopen(path, "r");
    if (fp == NULL)
        return;
    if (fgets(tpl, (int)cap, fp) != NULL)
        tpl[strcspn(tpl, "\n")] = '\0';
    fclose(fp);
}

void window_title(const struct track *t, char *out, size_t cap)
{
    char tpl[128];

    load_template(tpl, sizeof tpl);
    snprintf(out, cap, tpl, t->artist, t->title, t->number); // expect: format-string
}

int main(void)
{
    struct track now = { "Nina Simone", "Sinnerman", 7 };
    char title[256];

    window_title(&now, title, sizeof title);
    puts(title);
    return 0;
}
