package com.fleet.telemetry.service;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class VehicleReportService {

    private final JdbcTemplate jdbc;

    public VehicleReportService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countTrips(String depot, String fromDate) {
        String sql = String.format(
                "SELECT COUNT(*) FROM trips WHERE depot_code = '%s' AND started_at >= '%s'", depot, fromDate);
        Integer n = jdbc.queryForObject(sql, Integer.class); // expect: sql-injection
        return n == null ? 0 : n;
    }

    public List<Map<String, Object>> fuelLog(long vehicleId, String sortColumn) {
        return jdbc.queryForList( // expect: sql-injection
                "SELECT filled_at, litres, odometer FROM fuel_log WHERE vehicle_id = ? ORDER BY " + sortColumn,
                vehicleId);
    }

    public void renameDepot(String code, String newName) {
        jdbc.update("UPDATE depots SET name = ? WHERE code = ?", newName, code);
    }
}
