package com.example.trails;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

/** Swing trail planner: imports GPX tracks that hikers download from other sites. */
public class GpxImporter {
    private final JFrame owner;
    private final Schema gpxSchema;
    private final XMLInputFactory xmlInput;

    public GpxImporter(JFrame owner) throws SAXException {
        this.owner = owner;
        this.gpxSchema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GpxImporter.class.getResource("/gpx11.xsd"));
        this.xmlInput = XMLInputFactory.newInstance();
        xmlInput.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xmlInput.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public List<double[]> chooseAndImport() throws IOException, SAXException, XMLStreamException {
        JFileChooser chooser = new JFileChooser();
        if (chooser.showOpenDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        File file = chooser.getSelectedFile();
        Validator validator = gpxSchema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(file));
        List<double[]> points = new ArrayList<>();
        try (InputStream in = new FileInputStream(file)) {
            XMLStreamReader reader = xmlInput.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && "trkpt".equals(reader.getLocalName())) {
                    points.add(new double[] {
                        Double.parseDouble(reader.getAttributeValue(null, "lat")),
                        Double.parseDouble(reader.getAttributeValue(null, "lon"))});
                }
            }
            reader.close();
        }
        JOptionPane.showMessageDialog(owner, points.size() + " track points imported");
        return points;
    }
}
