class Acks {
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    String control(InputStream body) throws Exception {
        InputSource source = new InputSource(body);
        return xpath.evaluate("/Ack/ControlNumber", source); // expect: xxe
    }
}
