package com.example.wicket;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/** Apache Wicket page: preview an uploaded XML catalogue with an uploaded XSL stylesheet. */
class CataloguePreviewPage extends WebPage {
    private final FileUploadField xml = new FileUploadField("xml");
    private final FileUploadField xsl = new FileUploadField("xsl");
    private final Label output = new Label("output", "");

    CataloguePreviewPage() {
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                output.setDefaultModelObject(render(xml.getFileUpload(), xsl.getFileUpload()));
            }
        };
        form.add(xml, xsl);
        add(form, output);
    }

    private static String render(FileUpload data, FileUpload stylesheet) {
        StringWriter html = new StringWriter();
        try (InputStream in = data.getInputStream(); InputStream style = stylesheet.getInputStream()) {
            TransformerFactory factory = TransformerFactory.newInstance();
            Transformer transformer = factory.newTransformer(new StreamSource(style)); // expect: xxe
            transformer.transform(new StreamSource(in), new StreamResult(html)); // expect: xxe
        } catch (IOException | TransformerException e) {
            return "Could not render: " + e.getMessage();
        }
        return html.toString();
    }
}
