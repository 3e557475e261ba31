package com.example.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.apache.commons.lang3.SerializationUtils;

import java.io.IOException;

/** RabbitMQ consumer: price changes published by the legacy catalogue as serialized Java objects. */
class PriceChangeConsumer extends DefaultConsumer {
    private final PriceBook prices;

    PriceChangeConsumer(Channel channel, PriceBook prices) {
        super(channel);
        this.prices = prices;
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
            throws IOException {
        PriceChange change = SerializationUtils.deserialize(body); // expect: unsafe-deserialization
        prices.apply(change.sku(), change.cents());
        getChannel().basicAck(envelope.getDeliveryTag(), false);
    }
}
