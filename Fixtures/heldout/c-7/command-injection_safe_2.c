/* GLib CLI: thumbnail-all DIR; the output format comes from THUMB_FORMAT (webp, png or jpg). */
#include <glib.h>
#include <stdio.h>

static const char *const FORMATS[] = { "webp", "png", "jpg", NULL };

int main(int argc, char **argv)
{
    const char *format = g_getenv("THUMB_FORMAT");
    g_autoptr(GError) error = NULL;
    g_autofree gchar *out = NULL;
    gint status = 0;

    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    if (format == NULL)
        format = "webp";
    if (!g_strv_contains(FORMATS, format)) {
        fprintf(stderr, "unsupported THUMB_FORMAT\n");
        return 2;
    }

    g_autofree gchar *thumbs = g_build_filename(argv[1], "thumbs", NULL);
    g_autofree gchar *pattern = g_build_filename(argv[1], "*.jpg", NULL);
    const gchar *child_argv[] = { "mogrify", "-path", thumbs, "-format", format,
                                  "-thumbnail", "256x256", pattern, NULL };
    if (!g_spawn_sync(NULL, (gchar **)child_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                      &out, NULL, &status, &error)) {
        fprintf(stderr, "mogrify failed: %s\n", error->message);
        return 1;
    }
    printf("%s", out ? out : "");
    return g_spawn_check_wait_status(status, NULL) ? 0 : 1;
}
