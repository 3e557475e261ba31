package com.example.clickstream;

import java.util.EnumMap;
import java.util.Map;
import org.apache.storm.topology.BasicOutputCollector;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseBasicBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

class FunnelCounterBolt extends BaseBasicBolt {
    enum Stage { VIEWED, CART, CHECKOUT_COMPLETED }

    private final Map<Stage, Long> totals = new EnumMap<>(Stage.class);

    @Override
    public void execute(Tuple input, BasicOutputCollector collector) {
        String kind = input.getStringByField("eventType");
        Stage stage = Stage.valueOf(kind.toUpperCase());
        long count = totals.merge(stage, 1L, Long::sum);
        if (stage == Stage.CHECKOUT_COMPLETED && count % 100 == 0) {
            collector.emit(new Values(stage.name(), count));
        }
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("stage", "checkouts"));
    }
}
