package org.harbor.grades;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Lap timer for the school's robot race: gates publish "gate,robot,millis" when a robot passes. */
class LapTimer implements IMqttMessageListener {

    interface Scoreboard {
        void lap(String gate, String robot, Duration time);
    }

    private final Scoreboard scoreboard;
    private final Map<String, Long> lastPass = new HashMap<>();

    LapTimer(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        String[] parts = new String(message.getPayload(), StandardCharsets.US_ASCII).split(",");
        String gate = parts[0];
        String robot = parts[1];
        long millis = Long.parseLong(parts[2]);
        Long previous = lastPass.put(robot, millis);
        if (previous != null) {
            scoreboard.lap(gate, robot, Duration.ofMillis(millis - previous));
        }
    }
}
