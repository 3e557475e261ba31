/* Window-title helper for a music player: the layout comes from the user's config file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct track {
    const char *artist;
    const char *title;
    int number;
};

enum layout { ARTIST_FIRST, TITLE_FIRST, NUMBERED };

static enum layout load_layout(void)
{
    char path[512], word[32] = "";
    const char *home = getenv("HOME");
    FILE *fp;

    if (home == NULL)
        return ARTIST_FIRST;
    snprintf(path, sizeof path, "%s/.config/tunebar/layout", home);
    fp = fopen(path, "r");
    if (fp == NULL)
        return ARTIST_FIRST;
    if (fgets(word, sizeof word, fp) != NULL)
        word[strcspn(word, "\n")] = '\0';
    fclose(fp);
    if (strcmp(word, "title-first") == 0)
        return TITLE_FIRST;
    return strcmp(word, "numbered") == 0 ? NUMBERED : ARTIST_FIRST;
}

void window_title(const struct track *t, char *out, size_t cap)
{
    switch (load_layout()) {
    case TITLE_FIRST:
        snprintf(out, cap, "%s (%s)", t->title, t->artist);
        break;
    case NUMBERED:
        snprintf(out, cap, "%02d. %s - %s", t->number, t->artist, t->title);
        break;
    default:
        snprintf(out, cap, "%s - %s", t->artist, t->title);
    }
}
