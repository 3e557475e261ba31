import xml.etree.ElementTree as ET
import xml.sax
from xml.sax.handler import feature_external_ges, feature_namespaces


def count_elements(path):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, False)
    handler = xml.sax.ContentHandler()
    parser.setContentHandler(handler)
    parser.parse(path)


def build_sitemap(urls):
    root = ET.Element("urlset")
    for url in urls:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = url
    return ET.tostring(root, encoding="unicode")
