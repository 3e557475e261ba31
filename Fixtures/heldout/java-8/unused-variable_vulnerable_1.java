package com.example.telemetry;

import org.apache.flink.api.common.functions.ReduceFunction;

class PeakDemandReducer implements ReduceFunction<MeterReading> {

    @Override
    public MeterReading reduce(MeterReading a, MeterReading b) {
        double combined = a.getKwh() + b.getKwh(); // expect: unused-variable
        MeterReading peak = a.getKwh() >= b.getKwh() ? a : b;
        long latest = Math.max(a.getTimestamp(), b.getTimestamp());
        return new MeterReading(peak.getMeterId(), latest, peak.getKwh());
    }
}
