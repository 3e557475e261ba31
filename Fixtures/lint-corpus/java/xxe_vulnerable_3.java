package com.example.gpx;

import java.io.File;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** Checks track files against the GPX schema before import. */
public class TrackValidator {
    private final Schema schema;

    public TrackValidator() throws SAXException {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(TrackValidator.class.getResource("/gpx.xsd"));
    }

    public void check(File track) throws IOException, SAXException {
        schema.newValidator().validate(new StreamSource(track)); // expect: xxe
    }
}
