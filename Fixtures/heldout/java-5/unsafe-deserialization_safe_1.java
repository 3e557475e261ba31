package com.acme.carts.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Replays abandoned-cart snapshots that the storefront publishes to "carts.abandoned" (JSON since v3). */
public class AbandonedCartListener implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                } catch (IOException e) {
                    reminders.reportBadRecord(record.topic(), record.offset(), e);
                }
            }
            consumer.commitSync();
        }
    }

    private static CartSnapshot decode(byte[] payload) throws IOException {
        return JSON.readValue(payload, CartSnapshot.class);
    }

    public void stop() {
        running = false;
    }
}
