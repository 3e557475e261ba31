package org.harbor.gpx;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Weather stations publish XML observations; they are turned into the site's HTML fragment. */
class ObservationRenderer implements IMqttMessageListener {

    private final String stylesheet;
    private final ObservationStore store;

    interface ObservationStore {
        void put(String station, String html);
    }

    ObservationRenderer(String stylesheet, ObservationStore store) {
        this.stylesheet = stylesheet;
        this.store = store;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws TransformerException {
        String xml = new String(message.getPayload(), StandardCharsets.UTF_8);
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer(new StreamSource(new StringReader(stylesheet)));
        StringWriter html = new StringWriter();
        transformer.transform(new StreamSource(new StringReader(xml)), new StreamResult(html));
        store.put(topic.substring(topic.lastIndexOf('/') + 1), html.toString());
    }
}
