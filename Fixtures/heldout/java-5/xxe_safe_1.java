package com.acme.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;

/** Camel processor for supplier price lists posted to the /feeds/prices endpoint. */
public class PriceListProcessor implements Processor {

    private final PriceRepository prices;
    private final SAXBuilder builder;

    public PriceListProcessor(PriceRepository prices) {
        this.prices = prices;
        this.builder = new SAXBuilder();
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
    }

    @Override
    public void process(Exchange exchange) throws IOException, JDOMException {
        InputStream body = exchange.getIn().getBody(InputStream.class);
        Document doc = builder.build(body);
        List<Element> items = doc.getRootElement().getChildren("item");
        int updated = 0;
        for (Element item : items) {
            prices.upsert(item.getChildText("sku"), Long.parseLong(item.getChildText("priceCents")));
            updated++;
        }
        exchange.getMessage().setBody("updated " + updated);
    }
}
