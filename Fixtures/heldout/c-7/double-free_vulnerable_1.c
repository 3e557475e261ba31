/* jansson: loads a user's saved dashboard (JSON written by the web app) and counts its widgets. */
#include <jansson.h>
#include <stdio.h>

int count_widgets(const char *path, size_t *out)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    json_t *widgets;
    int rc = -1;

    if (root == NULL) {
        fprintf(stderr, "%s:%d: %s\n", path, err.line, err.text);
        return -1;
    }
    widgets = json_object_get(root, "widgets");
    if (!json_is_array(widgets)) {
        fprintf(stderr, "%s: no widget list\n", path);
        json_decref(root);
        goto done;
    }
    *out = json_array_size(widgets);
    rc = 0;
done:
    json_decref(root); /* expect: double-free */
    return rc;
}
