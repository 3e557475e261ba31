package com.example.telemetry;

import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

class MeterReadingParser extends RichFlatMapFunction<String, MeterReading> {
    private transient Counter malformed;

    @Override
    public void open(Configuration parameters) {
        malformed = getRuntimeContext().getMetricGroup().counter("malformedReadings");
    }

    @Override
    public void flatMap(String line, Collector<MeterReading> out) {
        String[] parts = line.split(";");
        if (parts.length != 3) {
            malformed.inc();
            return;
        }
        try {
            long at = Long.parseLong(parts[1]);
            double kwh = Double.parseDouble(parts[2]);
            out.collect(new MeterReading(parts[0], at, kwh));
        } catch (NumberFormatException e) {
            malformed.inc();
        }
    }
}
