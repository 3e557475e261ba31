package org.harbor.board;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Keeps the latest soil-moisture reading per bed; sensors publish plain numbers on beds/<id>/moisture. */
class MoistureBoard implements IMqttMessageListener {

    private final Map<String, Double> latest = new HashMap<>();

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        String bed = topic.split("/")[1];
        String text = new String(message.getPayload(), java.nio.charset.StandardCharsets.US_ASCII).trim();
        try {
            latest.put(bed, Double.parseDouble(text));
        } catch (NumberFormatException e) { // expect: empty-catch
        }
    }

    synchronized Map<String, Double> snapshot() {
        return Map.copyOf(latest);
    }
}
