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
        Connection conn = dataSource.getConnection(); // expect: resource-leak
        PreparedStatement ps = conn.prepareStatement("SELECT points FROM loyalty WHERE member_id = ?"); // expect: resource-leak
        ps.setLong(1, member);
        ResultSet rs = ps.executeQuery(); // expect: resource-leak
        res.send(rs.next() ? String.valueOf(rs.getLong("points")) : "0");
    }
}
