class Acks {
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    String control(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(body);
        return xpath.evaluate("/Ack/ControlNumber", doc);
    }
}
