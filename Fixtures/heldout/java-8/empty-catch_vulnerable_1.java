package com.example.telemetry;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

class MeterReadingParser implements FlatMapFunction<String, MeterReading> {

    @Override
    public void flatMap(String line, Collector<MeterReading> out) {
        String[] parts = line.split(";");
        if (parts.length != 3) {
            return;
        }
        try {
            long at = Long.parseLong(parts[1]);
            double kwh = Double.parseDouble(parts[2]);
            out.collect(new MeterReading(parts[0], at, kwh));
        } catch (NumberFormatException ignored) { // expect: empty-catch
        }
    }
}
