/* jansson: reads the theme name from a user's settings file and applies it. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

struct ui_settings {
    char theme[32];
    int font_size;
};

int apply_user_settings(const char *path, struct ui_settings *ui)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    const char *theme;

    if (root == NULL) {
        fprintf(stderr, "%s:%d: %s\n", path, err.line, err.text);
        return -1;
    }
    theme = json_string_value(json_object_get(root, "theme"));
    ui->font_size = (int)json_integer_value(json_object_get(root, "font_size"));
    json_decref(root);

    if (theme == NULL)
        return 0;
    snprintf(ui->theme, sizeof ui->theme, "%s", theme); /* expect: use-after-free */
    return strlen(ui->theme) > 0 ? 1 : 0;
}
