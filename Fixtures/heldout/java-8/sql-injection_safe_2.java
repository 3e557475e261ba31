package com.example.telemetry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;

class EnrichWithSiteFn extends RichMapFunction<MeterReading, EnrichedReading> {
    private static final String SITE_LOOKUP = "SELECT site_name FROM meters WHERE meter_id = ?";
    private final String jdbcUrl;
    private transient Connection conn;
    private transient PreparedStatement lookup;

    EnrichWithSiteFn(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        conn = DriverManager.getConnection(jdbcUrl);
        lookup = conn.prepareStatement(SITE_LOOKUP);
    }

    @Override
    public EnrichedReading map(MeterReading reading) throws Exception {
        lookup.setString(1, reading.getMeterId());
        try (ResultSet rs = lookup.executeQuery()) {
            String site = rs.next() ? rs.getString("site_name") : "unassigned";
            return new EnrichedReading(reading, site);
        }
    }

    @Override
    public void close() throws Exception {
        if (lookup != null) {
            lookup.close();
        }
        if (conn != null) {
            conn.close();
        }
    }
}
