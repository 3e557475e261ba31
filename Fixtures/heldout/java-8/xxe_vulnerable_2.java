package com.example.clickstream;

import java.io.StringReader;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.storm.topology.BasicOutputCollector;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseBasicBolt;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.tuple.Values;

class PartnerFeedBolt extends BaseBasicBolt {
    private transient XMLInputFactory factory;

    @Override
    public void prepare(Map<String, Object> conf, org.apache.storm.task.TopologyContext context) {
        factory = XMLInputFactory.newInstance();
    }

    @Override
    public void execute(Tuple input, BasicOutputCollector collector) {
        String xml = input.getStringByField("body");
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml)); // expect: xxe
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "impression".equals(reader.getLocalName())) {
                    collector.emit(new Values(reader.getAttributeValue(null, "campaign"), reader.getElementText()));
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            collector.reportError(e);
        }
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("campaign", "placement"));
    }
}
