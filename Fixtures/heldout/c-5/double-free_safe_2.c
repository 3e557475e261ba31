/* hosts_yaml.c - loads the inventory (host name -> address) from a YAML mapping with libyaml. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct host {
    char *name;
    char *addr;
    struct host *next;
};

static struct host *push(struct host *list, char *name, char *addr)
{
    struct host *h = malloc(sizeof *h);
    if (!h)
        return NULL;
    h->name = name;
    h->addr = addr;
    h->next = list;
    return h;
}

struct host *hosts_load(FILE *fp)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    struct host *list = NULL, *grown;
    char *key = NULL;
    int done = 0;

    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, fp);
    while (!done && yaml_parser_parse(&parser, &ev)) {
        if (ev.type == YAML_SCALAR_EVENT) {
            char *text = strdup((const char *)ev.data.scalar.value);
            if (!text) {
                yaml_event_delete(&ev);
                break;
            }
            if (!key) {
                key = text;
            } else {
                grown = push(list, key, text);
                if (!grown) {
                    free(key);
                    free(text);
                } else {
                    list = grown;
                }
                key = NULL;
            }
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    free(key);
    yaml_parser_delete(&parser);
    return list;
}
