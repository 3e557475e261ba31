package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.Map;
import java.util.function.Function;

import static java.util.stream.Collectors.toMap;

/** AWS Lambda on an SQS queue: collects order ids and hands them to the fulfilment service. */
class FulfilmentBatchHandler implements RequestHandler<SQSEvent, Integer> {
    private final FulfilmentClient fulfilment = new FulfilmentClient();

    @Override
    public Integer handleRequest(SQSEvent event, Context context) {
        LambdaLogger log = context.getLogger();
        Map<String, String> orders = event.getRecords().stream()
                .collect(toMap(SQSEvent.SQSMessage::getMessageId, m -> m.getBody().trim(), (a, b) -> a));
        fulfilment.submit(orders.values().stream().map(Function.identity()).toList());
        log.log("submitted " + orders.size() + " orders");
        return orders.size();
    }
}
