/* cfgload.c - reads /etc/lumen/lumen.yaml into the daemon's settings with libyaml. */
#include <stdio.h>
#include <string.h>
#include <yaml.h>

struct lumen_config {
    char db_host[64];
    char db_name[32];
    char data_dir[128];
    char log_path[160];
    int port;
};

static void apply(struct lumen_config *cfg, const char *key, const char *value)
{
    if (strcmp(key, "db_host") == 0) {
        strcpy(cfg->db_host, value); /* expect: banned-function */
    } else if (strcmp(key, "db_name") == 0) {
        strcpy(cfg->db_name, value); /* expect: banned-function */
    } else if (strcmp(key, "data_dir") == 0) {
        snprintf(cfg->data_dir, sizeof cfg->data_dir, "%s", value);
        snprintf(cfg->log_path, sizeof cfg->log_path, "%s", value);
        strcat(cfg->log_path, "/lumen.log"); /* expect: banned-function */
    } else if (strcmp(key, "port") == 0) {
        cfg->port = (int)strtol(value, NULL, 10);
    }
}

int lumen_config_load(const char *path, struct lumen_config *cfg)
{
    FILE *fp = fopen(path, "rb");
    yaml_parser_t parser;
    yaml_event_t event;
    char key[64] = "";
    int expect_value = 0, done = 0, rc = 0;

    if (!fp)
        return -1;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, fp);
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            rc = -1;
            break;
        }
        if (event.type == YAML_SCALAR_EVENT) {
            const char *text = (const char *)event.data.scalar.value;
            if (expect_value) {
                apply(cfg, key, text);
            } else {
                snprintf(key, sizeof key, "%s", text);
            }
            expect_value = !expect_value;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    fclose(fp);
    return rc;
}
