package com.example.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** RabbitMQ consumer: sends push notifications; a failed message is dead-lettered. */
class PushNotificationConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(PushNotificationConsumer.class);
    private final PushGateway gateway;

    PushNotificationConsumer(Channel channel, PushGateway gateway) {
        super(channel);
        this.gateway = gateway;
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
            throws IOException {
        long delivery = envelope.getDeliveryTag();
        try {
            gateway.send(props.getHeaders().get("device").toString(), new String(body, StandardCharsets.UTF_8));
            getChannel().basicAck(delivery, false);
        } catch (PushRejectedException | IllegalStateException e) {
            LOG.error("push failed, dead-lettering {}", delivery, e);
            getChannel().basicNack(delivery, false, false);
        }
    }

    @Override
    public void handleShutdownSignal(String consumerTag, com.rabbitmq.client.ShutdownSignalException sig) {
        LOG.warn("consumer {} shut down: {}", consumerTag, sig.getMessage());
    }
}
