#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

struct station {
    char *name;
    double lat, lon;
};

static int read_station(xmlNodePtr node, struct station *out)
{
    xmlChar *name = xmlGetProp(node, BAD_CAST "name");
    xmlChar *lat = xmlGetProp(node, BAD_CAST "lat");
    int rc = -1;
    if (!name || !lat)
        goto done;
    out->lat = strtod((const char *)lat, NULL);
    out->name = strdup((const char *)name);
    if (!out->name) {
        xmlFree(name);
        goto done;
    }
    rc = 0;
done:
    xmlFree(lat);
    xmlFree(name); // expect: double-free
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s stations.xml\n", argv[0]);
        return 2;
    }
    xmlDocPtr doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET);
    if (!doc) return 1;
    int count = 0;
    for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next) {
        struct station s = { 0 };
        if (n->type != XML_ELEMENT_NODE) continue;
        if (read_station(n, &s) == 0) {
            printf("%-20s %8.3f\n", s.name, s.lat);
            free(s.name);
            count++;
        }
    }
    xmlFreeDoc(doc);
    printf("%d stations\n", count);
    return 0;
}
