package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger; // expect: unused-import
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.List;
import java.util.stream.Collectors;

import static java.util.stream.Collectors.toMap; // expect: unused-import

/** AWS Lambda on an SQS queue: collects order ids and hands them to the fulfilment service. */
class FulfilmentBatchHandler implements RequestHandler<SQSEvent, Integer> {
    private final FulfilmentClient fulfilment = new FulfilmentClient();

    @Override
    public Integer handleRequest(SQSEvent event, Context context) {
        List<String> orderIds = event.getRecords().stream()
                .map(SQSEvent.SQSMessage::getBody)
                .map(String::trim)
                .collect(Collectors.toList());
        fulfilment.submit(orderIds);
        return orderIds.size();
    }
}
