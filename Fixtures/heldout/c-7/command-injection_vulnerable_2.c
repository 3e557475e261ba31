/* GLib CLI: thumbnail-all DIR; the output format comes from THUMB_FORMAT. */
#include <glib.h>
#include <stdio.h>

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

    g_autofree gchar *cmdline = g_strdup_printf("mogrify -path %s/thumbs -format %s -thumbnail 256x256 %s/*.jpg",
                                                argv[1], format, argv[1]);
    const gchar *child_argv[] = { "/bin/sh", "-c", cmdline, NULL };
    if (!g_spawn_sync(NULL, (gchar **)child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, /* expect: command-injection */
                      &out, NULL, &status, &error)) {
        fprintf(stderr, "mogrify failed: %s\n", error->message);
        return 1;
    }
    printf("%s", out ? out : "");
    return g_spawn_check_wait_status(status, NULL) ? 0 : 1;
}
