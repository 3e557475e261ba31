#include <libxml/parser.h>
#include <libxml/tree.h>
#include <iostream>
#include <string>
#include <vector>

// Reads an OPML export and lists the feed URLs it subscribes to.
class OpmlReader {
public:
    std::vector<std::string> feeds(const std::string &path)
    {
        std::vector<std::string> urls;
        xmlDocPtr doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET);
        if (!doc)
            return urls;
        collect(xmlDocGetRootElement(doc), urls);
        xmlFreeDoc(doc);
        return urls;
    }

private:
    void collect(xmlNodePtr node, std::vector<std::string> &urls)
    {
        for (xmlNodePtr n = node; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            xmlChar *url = xmlGetProp(n, reinterpret_cast<const xmlChar *>("xmlUrl"));
            if (url) {
                xmlFree(url);
                urls.emplace_back(reinterpret_cast<const char *>(url)); // expect: use-after-free
            }
            collect(n->children, urls);
        }
    }
};

int main(int argc, char **argv)
{
    OpmlReader reader;
    for (const auto &u : reader.feeds(argc > 1 ? argv[1] : "subscriptions.opml"))
        std::cout << u << '\n';
    xmlCleanupParser();
    return 0;
}
