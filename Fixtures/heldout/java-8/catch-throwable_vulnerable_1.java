package com.example.clickstream;

import java.util.Map;

import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

class SessionizeBolt extends BaseRichBolt {
    private OutputCollector collector;
    private SessionWindow window;

    @Override
    public void prepare(Map<String, Object> conf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        this.window = new SessionWindow(30 * 60 * 1000L);
    }

    @Override
    public void execute(Tuple input) {
        try {
            String visitor = input.getStringByField("visitor");
            long at = input.getLongByField("timestamp");
            String session = window.assign(visitor, at);
            collector.emit(input, new Values(visitor, session, at));
            collector.ack(input);
        } catch (Throwable t) { // expect: catch-throwable
            collector.reportError(t);
            collector.fail(input);
        }
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("visitor", "session", "timestamp"));
    }
}
