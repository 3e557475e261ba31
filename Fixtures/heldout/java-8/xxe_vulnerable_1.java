package io.jenkins.plugins.junitimport;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class ExternalResultsAction {

    @POST
    public void doUpload(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        try (InputStream body = req.getInputStream()) {
            DocumentBuilder builder = dbf.newDocumentBuilder();
            Document doc = builder.parse(body); // expect: xxe
            int tests = doc.getElementsByTagName("testcase").getLength();
            int failures = doc.getElementsByTagName("failure").getLength();
            rsp.setContentType("text/plain");
            rsp.getWriter().printf("imported %d tests, %d failures%n", tests, failures);
        } catch (ParserConfigurationException | SAXException e) {
            rsp.sendError(400, "not a JUnit report");
        }
    }
}
