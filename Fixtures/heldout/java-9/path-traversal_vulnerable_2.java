package org.harbor.flow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Display boards ask for their slideshow over MQTT: topic boards/<id>/request, payload = file name. */
class SlideServer implements IMqttMessageListener {

    private static final String SLIDES = "/srv/signage/slides";

    private final MqttClient client;

    SlideServer(MqttClient client) throws MqttException {
        this.client = client;
        client.subscribe("boards/+/request", this);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        String board = topic.split("/")[1];
        String slide = new String(message.getPayload(), java.nio.charset.StandardCharsets.UTF_8);
        client.publish("boards/" + board + "/slide", new MqttMessage(load(slide)));
    }

    private byte[] load(String slide) throws IOException {
        File file = new File(SLIDES + File.separator + slide.trim());
        return Files.readAllBytes(file.toPath()); // expect: path-traversal
    }
}
