package com.example.clickstream;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

class GeoTagBolt extends BaseRichBolt {
    private OutputCollector collector;
    private final Properties regions = new Properties();

    @Override
    public void prepare(Map<String, Object> conf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        try {
            InputStream in = new FileInputStream((String) conf.get("geo.regions.file")); // expect: resource-leak
            regions.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load regions", e);
        }
    }

    @Override
    public void execute(Tuple input) {
        String prefix = input.getStringByField("ip").split("\\.")[0];
        collector.emit(input, new Values(input.getStringByField("visitor"), regions.getProperty(prefix, "unknown")));
        collector.ack(input);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("visitor", "region"));
    }
}
