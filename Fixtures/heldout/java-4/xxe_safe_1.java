package com.example.payroll;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Micronaut controller receiving timesheets from the clock-in terminals as XML. */
@Controller("/timesheets")
public class TimesheetController {
    private final TimesheetService service;

    public TimesheetController(TimesheetService service) {
        this.service = service;
    }

    @Post
    @Consumes(MediaType.APPLICATION_XML)
    public HttpResponse<String> upload(@Body String xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(new InputSource(new StringReader(xml)));
        String employee = doc.getDocumentElement().getAttribute("employee");
        int entries = service.store(employee, doc.getElementsByTagName("entry"));
        return HttpResponse.created("stored " + entries);
    }

    @Post("/validate")
    @Consumes(MediaType.APPLICATION_XML)
    public HttpResponse<String> validate(@Body String xml) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        EntryCounter counter = new EntryCounter();
        spf.newSAXParser().parse(new InputSource(new StringReader(xml)), counter);
        return HttpResponse.ok(counter.count() + " entries");
    }
}
