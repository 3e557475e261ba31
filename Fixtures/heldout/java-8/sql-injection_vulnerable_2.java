package com.example.telemetry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;

class EnrichWithSiteFn extends RichMapFunction<MeterReading, EnrichedReading> {
    private final String jdbcUrl;
    private transient Connection conn;

    EnrichWithSiteFn(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        conn = DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public EnrichedReading map(MeterReading reading) throws Exception {
        String query = siteLookup(reading.getMeterId());
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(query)) { // expect: sql-injection
            String site = rs.next() ? rs.getString("site_name") : "unassigned";
            return new EnrichedReading(reading, site);
        }
    }

    private static String siteLookup(String meterId) {
        return "SELECT site_name FROM meters WHERE meter_id = '" + meterId + "'";
    }

    @Override
    public void close() throws Exception {
        if (conn != null) {
            conn.close();
        }
    }
}
