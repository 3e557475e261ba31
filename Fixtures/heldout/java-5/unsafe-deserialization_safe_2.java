package com.acme.legacy.bridge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Camel processor translating serialized order requests from the old ordering client into REST calls. */
public class SerializedBridgeProcessor implements Processor {

    private static final ObjectInputFilter ORDER_ONLY = ObjectInputFilter.Config.createFilter(
            "com.acme.legacy.OrderRequest;com.acme.legacy.OrderLine;java.util.ArrayList;java.lang.*;maxdepth=4;!*");

    private final OrderGateway gateway;

    public SerializedBridgeProcessor(OrderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void process(Exchange exchange) throws IOException, ClassNotFoundException {
        byte[] body = exchange.getIn().getBody(byte[].class);
        try (InputStream raw = new ByteArrayInputStream(body);
             ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(ORDER_ONLY);
            Object request = in.readObject();
            exchange.getMessage().setBody(gateway.invoke("placeOrder", request));
        }
    }
}
