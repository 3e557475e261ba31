package com.example.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

/** RabbitMQ consumer for carrier status updates (XML posted by partner carriers into the exchange). */
class CarrierStatusConsumer extends DefaultConsumer {
    private final ShipmentLedger ledger;

    CarrierStatusConsumer(Channel channel, ShipmentLedger ledger) {
        super(channel);
        this.ledger = ledger;
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
            throws IOException {
        try {
            SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
            parser.parse(new ByteArrayInputStream(body), new DefaultHandler() { // expect: xxe
                @Override
                public void startElement(String uri, String local, String qName, Attributes attrs) {
                    if ("Status".equals(qName)) {
                        ledger.record(attrs.getValue("tracking"), attrs.getValue("code"));
                    }
                }
            });
            getChannel().basicAck(envelope.getDeliveryTag(), false);
        } catch (ParserConfigurationException | SAXException e) {
            getChannel().basicNack(envelope.getDeliveryTag(), false, false);
        }
    }
}
