package com.example.clickstream;

import java.util.HashMap;
import java.util.Map;
import org.apache.storm.topology.BasicOutputCollector;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseBasicBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

class FunnelCounterBolt extends BaseBasicBolt {
    private final Map<String, Long> checkouts = new HashMap<>();

    @Override
    public void execute(Tuple input, BasicOutputCollector collector) {
        String kind = input.getStringByField("eventType");
        String campaign = input.getStringByField("campaign");
        if (kind == "checkout_completed") { // expect: string-reference-equality
            long count = checkouts.merge(campaign, 1L, Long::sum);
            collector.emit(new Values(campaign, count));
        }
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("campaign", "checkouts"));
    }
}
