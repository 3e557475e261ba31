package org.harbor.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Display boards ask for their slideshow over MQTT: topic boards/<id>/request, payload = file name. */
class SlideServer implements IMqttMessageListener {

    private static final Path SLIDES = Paths.get("/srv/signage/slides");

    private final MqttClient client;

    SlideServer(MqttClient client) throws MqttException {
        this.client = client;
        client.subscribe("boards/+/request", this);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        String board = topic.split("/")[1];
        String slide = new String(message.getPayload(), StandardCharsets.UTF_8);
        client.publish("boards/" + board + "/slide", new MqttMessage(load(slide)));
    }

    private byte[] load(String slide) throws IOException {
        Path name = Paths.get(slide.trim()).getFileName();
        if (name == null || !name.toString().endsWith(".png")) {
            throw new IOException("not a slide");
        }
        return Files.readAllBytes(SLIDES.resolve(name));
    }
}
