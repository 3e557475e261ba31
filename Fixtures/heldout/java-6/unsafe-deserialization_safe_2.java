package com.example.amqp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import java.io.IOException;

/** RabbitMQ consumer: price changes published by the catalogue as JSON. */
class PriceChangeConsumer extends DefaultConsumer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PriceBook prices;

    PriceChangeConsumer(Channel channel, PriceBook prices) {
        super(channel);
        this.prices = prices;
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
            throws IOException {
        PriceChange change = JSON.readValue(body, PriceChange.class);
        prices.apply(change.sku(), change.cents());
        getChannel().basicAck(envelope.getDeliveryTag(), false);
    }
}
