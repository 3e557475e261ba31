package com.example.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors; // expect: unused-import
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

class SplitOrderLinesFn extends DoFn<Order, KV<String, OrderLine>> {

    @ProcessElement
    public void processElement(@Element Order order, OutputReceiver<KV<String, OrderLine>> out) {
        List<OrderLine> lines = new ArrayList<>(order.getLines());
        lines.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
        for (OrderLine line : lines) {
            out.output(KV.of(order.getId(), line));
        }
    }
}
