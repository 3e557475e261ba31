package com.acme.legacy.bridge;

import com.caucho.hessian.io.Hessian2Input;
import java.io.IOException;
import java.io.InputStream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Camel processor translating Hessian calls from the old ordering client into REST calls. */
public class HessianBridgeProcessor implements Processor {

    private final OrderGateway gateway;

    public HessianBridgeProcessor(OrderGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        InputStream body = exchange.getIn().getBody(InputStream.class);
        Hessian2Input input = new Hessian2Input(body);
        input.startCall();
        String method = input.getMethod();
        Object argument = input.readObject(); // expect: unsafe-deserialization
        input.completeCall();
        exchange.getMessage().setBody(gateway.invoke(method, argument));
    }
}
