package com.acme.notify.kafka;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends push notifications for events on the "notify.push" topic. */
public class PushWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(PushWorker.class);

    private final KafkaConsumer<String, String> consumer;
    private final PushSender sender;

    public PushWorker(KafkaConsumer<String, String> consumer, PushSender sender) {
        this.consumer = consumer;
        this.sender = sender;
    }

    @Override
    public void run() {
        consumer.subscribe(List.of("notify.push"));
        while (!Thread.currentThread().isInterrupted()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                try {
                    sender.send(PushMessage.fromJson(record.value()));
                } catch (Throwable t) { // expect: catch-throwable
                    LOG.error("push {} failed at offset {}", record.key(), record.offset(), t);
                }
            }
            consumer.commitAsync();
        }
    }
}
