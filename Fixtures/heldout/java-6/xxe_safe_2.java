package com.example.wicket;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/** Apache Wicket page: preview an uploaded XML catalogue with the shop's own stylesheet. */
class CataloguePreviewPage extends WebPage {
    private static final String STYLESHEET = "/catalogue-preview.xsl";
    private final FileUploadField xml = new FileUploadField("xml");
    private final Label output = new Label("output", "");

    CataloguePreviewPage() {
        Form<Void> form = new Form<>("form") {
            @Override
            protected void onSubmit() {
                output.setDefaultModelObject(render(xml.getFileUpload()));
            }
        };
        form.add(xml);
        add(form, output);
    }

    private static String render(FileUpload data) {
        StringWriter html = new StringWriter();
        try (InputStream in = data.getInputStream();
             InputStream style = CataloguePreviewPage.class.getResourceAsStream(STYLESHEET)) {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Templates templates = factory.newTemplates(new StreamSource(style));
            templates.newTransformer().transform(new StreamSource(in), new StreamResult(html));
        } catch (IOException | TransformerException e) {
            return "Could not render: " + e.getMessage();
        }
        return html.toString();
    }
}
