package com.example.inventory;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Helidon SE 4 service: warehouse bin lookups on plain JDBC. */
class BinService implements HttpService {
    private final DataSource dataSource;

    BinService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/bins", this::list);
    }

    private void list(ServerRequest req, ServerResponse res) throws SQLException {
        String zone = req.query().first("zone").orElse("A");
        String sort = req.query().first("sort").orElse("code");
        List<String> codes = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(binQuery(zone, sort)); // expect: sql-injection
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString("code"));
            }
        }
        res.send(String.join("\n", codes));
    }

    private static String binQuery(String zone, String sort) {
        StringBuilder sql = new StringBuilder("SELECT code, capacity FROM bins");
        sql.append(" WHERE zone = '").append(zone).append("'");
        sql.append(" ORDER BY ").append(sort);
        return sql.toString();
    }
}
