package com.example.helidon;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Helidon SE 4 service: loyalty point balances. */
class LoyaltyService implements HttpService {
    private final DataSource dataSource;

    LoyaltyService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/loyalty/{member}", this::balance);
    }

    private void balance(ServerRequest req, ServerResponse res) throws SQLException {
        long member = Long.parseLong(req.path().pathParameters().get("member"));
        long points = 0;
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT points FROM loyalty WHERE member_id = ?")) {
            ps.setLong(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    points = rs.getLong("points");
                }
            }
        }
        res.send(String.valueOf(points));
    }
}
