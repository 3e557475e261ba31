package org.harbor.gpx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the track points of a GPX file a rider uploaded from their bike computer. */
class GpxTrackReader {

    record Point(double lat, double lon) {}

    List<Point> read(InputStream upload) throws IOException {
        List<Point> points = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
                if ("trkpt".equals(qName)) {
                    points.add(new Point(Double.parseDouble(attrs.getValue("lat")),
                            Double.parseDouble(attrs.getValue("lon"))));
                }
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(upload, handler);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a GPX file", e);
        }
        return points;
    }
}
