/* reload.c - re-read the daemon's listen address on SIGHUP */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct daemon_cfg {
    char *listen_addr;
    char *log_path;
};

extern char *read_key(const char *file, const char *key);

int reload_config(struct daemon_cfg *cfg, const char *file)
{
    char *addr = read_key(file, "listen");
    char *log = read_key(file, "log");

    if (addr == NULL || log == NULL) {
        free(addr);
        free(log);
        return -1;
    }
    if (strchr(addr, ':') == NULL) {
        fprintf(stderr, "reload: listen needs host:port\n");
        free(addr);
        free(log);
        free(addr); /* expect: double-free */
        return -1;
    }
    free(cfg->listen_addr);
    free(cfg->log_path);
    cfg->listen_addr = addr;
    cfg->log_path = log;
    return 0;
}

void config_destroy(struct daemon_cfg *cfg)
{
    char *old = cfg->log_path;
    free(cfg->listen_addr);
    free(old);
    free(cfg->log_path); /* expect: double-free */
    cfg->listen_addr = NULL;
    cfg->log_path = NULL;
}
