/* Plugin registry of a small build tool: plugins are unloaded by name. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plugin {
    char *name;
    void *handle;
    void (*on_unload)(void);
};

static struct plugin *plugins[32];
static int nplugins;

static void plugin_destroy(struct plugin *p)
{
    if (p->on_unload)
        p->on_unload();
    dlclose(p->handle);
    free(p->name);
    free(p);
}

int unload_plugin(const char *name)
{
    for (int i = 0; i < nplugins; i++) {
        struct plugin *p = plugins[i];
        if (strcmp(p->name, name) != 0)
            continue;
        plugins[i] = plugins[--nplugins];
        printf("unloading %s\n", p->name);
        plugin_destroy(p);
        p = NULL;
        return 0;
    }
    return -1;
}

char *plugin_rename(struct plugin *p, const char *suffix)
{
    size_t n = strlen(p->name) + strlen(suffix) + 2;
    char *old = p->name;
    char *renamed = malloc(n);
    if (renamed == NULL)
        return NULL;
    snprintf(renamed, n, "%s-%s", old, suffix);
    free(old);
    p->name = renamed;
    return renamed;
}
