#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static int check_manifest(const char *path)
{
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    if (!doc) {
        fprintf(stderr, "%s: not well-formed\n", path);
        return -1;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlChar *version = xmlGetProp(root, BAD_CAST "version");
    int problems = 0;
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || xmlStrcmp(n->name, BAD_CAST "asset") != 0)
            continue;
        xmlChar *src = xmlGetProp(n, BAD_CAST "src");
        if (!src) {
            problems++;
            continue;
        }
        if (xmlStrstr(src, BAD_CAST "..") != NULL)
            problems++;
        xmlFree(src);
    }
    printf("%s: manifest v%s, %d problem(s)\n", path,
           version ? (const char *)version : "?", problems);
    xmlFree(version);
    xmlFreeDoc(doc);
    return problems;
}

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++)
        if (check_manifest(argv[i]) != 0) bad++;
    xmlCleanupParser();
    return bad ? 1 : 0;
}
