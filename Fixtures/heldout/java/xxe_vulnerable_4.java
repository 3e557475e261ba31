package com.example.import_;

import java.io.InputStream;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;

@RestController
public class CatalogImportController {

    @PostMapping("/catalog/import")
    public String importCatalog(@RequestParam("file") MultipartFile file) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // entity expansion limits are on by default, so only DTD loading of remote files was disabled
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc;
        try (InputStream in = file.getInputStream()) {
            doc = dbf.newDocumentBuilder().parse(in); // expect: xxe
        }
        return doc.getDocumentElement().getAttribute("version");
    }

    @PostMapping("/catalog/render")
    public String render(@RequestParam("file") MultipartFile file) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer();
        StringWriter out = new StringWriter();
        try (InputStream in = file.getInputStream()) {
            t.transform(new StreamSource(in), new StreamResult(out)); // expect: xxe
        }
        return out.toString();
    }
}
