package com.acme.carts.kafka;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Replays abandoned-cart snapshots that the storefront publishes to "carts.abandoned". */
public class AbandonedCartListener implements Runnable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final ReminderScheduler reminders;
    private volatile boolean running = true;

    public AbandonedCartListener(KafkaConsumer<String, byte[]> consumer, ReminderScheduler reminders) {
        this.consumer = consumer;
        this.reminders = reminders;
    }

    @Override
    public void run() {
        consumer.subscribe(List.of("carts.abandoned"));
        while (running) {
            ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
            for (ConsumerRecord<String, byte[]> record : batch) {
                try {
                    reminders.schedule(record.key(), decode(record.value()));
                } catch (IOException | ClassNotFoundException e) {
                    reminders.reportBadRecord(record.topic(), record.offset(), e);
                }
            }
            consumer.commitSync();
        }
    }

    private static CartSnapshot decode(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return (CartSnapshot) in.readObject(); // expect: unsafe-deserialization
        }
    }

    public void stop() {
        running = false;
    }
}
