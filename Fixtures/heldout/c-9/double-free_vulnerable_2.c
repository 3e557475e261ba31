/* Daemon configuration: SIGHUP reloads the upstream name and the motd from disk. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config {
    char *upstream;
    char *motd;
};

static char *read_line(const char *path)
{
    char buf[256];
    FILE *fp = fopen(path, "r");
    char *copy = NULL;

    if (fp == NULL)
        return NULL;
    if (fgets(buf, sizeof buf, fp) != NULL) {
        buf[strcspn(buf, "\n")] = '\0';
        copy = strdup(buf);
    }
    fclose(fp);
    return copy;
}

int reload_config(struct config *cfg)
{
    char *upstream = read_line("/etc/relayd/upstream");
    char *motd = read_line("/etc/relayd/motd");
    char *old_upstream = cfg->upstream;

    if (upstream == NULL || motd == NULL) {
        free(upstream);
        free(motd);
        return -1;
    }
    cfg->upstream = upstream;
    free(old_upstream);
    if (strlen(motd) == 0) {
        free(motd);
        motd = NULL;
    }
    free(cfg->motd);
    cfg->motd = motd;
    if (strcmp(upstream, "none") == 0) {
        cfg->upstream = NULL;
        free(old_upstream); // expect: double-free
    }
    return 0;
}
