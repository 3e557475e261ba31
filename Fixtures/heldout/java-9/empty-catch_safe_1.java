package org.harbor.board;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Keeps the latest soil-moisture reading per bed; sensors publish plain numbers on beds/<id>/moisture. */
class MoistureBoard implements IMqttMessageListener {

    private static final Logger LOG = Logger.getLogger(MoistureBoard.class.getName());

    private final Map<String, Double> latest = new HashMap<>();

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        String bed = topic.split("/")[1];
        String text = new String(message.getPayload(), StandardCharsets.US_ASCII).trim();
        try {
            latest.put(bed, Double.parseDouble(text));
        } catch (NumberFormatException e) {
            LOG.warning("bed " + bed + " sent an unreadable reading: " + text);
        }
    }

    synchronized Map<String, Double> snapshot() {
        return Map.copyOf(latest);
    }
}
