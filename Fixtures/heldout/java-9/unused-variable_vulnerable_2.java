package org.harbor.grades;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** Lap timer for the school's robot race: gates publish "gate,robot,millis" when a robot passes. */
class LapTimer implements IMqttMessageListener {

    interface Scoreboard {
        void lap(String robot, Duration time);
    }

    private final Scoreboard scoreboard;
    private final java.util.Map<String, Long> lastPass = new java.util.HashMap<>();

    LapTimer(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        String[] parts = new String(message.getPayload(), java.nio.charset.StandardCharsets.US_ASCII).split(",");
        String gate = parts[0]; // expect: unused-variable
        String robot = parts[1];
        long millis = Long.parseLong(parts[2]);
        Instant received = Instant.now(); // expect: unused-variable
        Long previous = lastPass.put(robot, millis);
        if (previous != null) {
            scoreboard.lap(robot, Duration.ofMillis(millis - previous));
        }
    }
}
