/* reload_safe.c - swap in new config strings, freeing each old one once */
#include <stdlib.h>
#include <string.h>

struct daemon_cfg {
    char *listen_addr;
    char *log_path;
};

extern char *read_key(const char *file, const char *key);

static void replace(char **slot, char *value)
{
    free(*slot);
    *slot = value;
}

int reload_config(struct daemon_cfg *cfg, const char *file)
{
    char *addr = read_key(file, "listen");
    if (addr == NULL)
        return -1;
    if (strchr(addr, ':') == NULL) {
        free(addr);
        return -1;
    }
    replace(&cfg->listen_addr, addr);

    char *log = read_key(file, "log");
    if (log != NULL)
        replace(&cfg->log_path, log);
    return 0;
}

void config_destroy(struct daemon_cfg *cfg)
{
    free(cfg->listen_addr);
    cfg->listen_addr = NULL;
    free(cfg->log_path);
    cfg->log_path = NULL;
}
