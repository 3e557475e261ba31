package com.example.payroll;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.io.StringReader;

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
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        Document doc = builder.parse(new InputSource(new StringReader(xml))); // expect: xxe
        String employee = doc.getDocumentElement().getAttribute("employee");
        int entries = service.store(employee, doc.getElementsByTagName("entry"));
        return HttpResponse.created("stored " + entries);
    }

    @Post("/validate")
    @Consumes(MediaType.APPLICATION_XML)
    public HttpResponse<String> validate(@Body String xml) throws Exception {
        EntryCounter counter = new EntryCounter();
        SAXParserFactory.newInstance().newSAXParser().parse(new InputSource(new StringReader(xml)), counter); // expect: xxe
        return HttpResponse.ok(counter.count() + " entries");
    }
}
