package com.example.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

class SplitOrderLinesFn extends DoFn<Order, KV<String, OrderLine>> {

    @ProcessElement
    public void processElement(@Element Order order, OutputReceiver<KV<String, OrderLine>> out) {
        List<OrderLine> lines = order.getLines().stream()
                .sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
                .collect(Collectors.toList());
        for (OrderLine line : lines) {
            out.output(KV.of(order.getId(), line));
        }
    }
}
