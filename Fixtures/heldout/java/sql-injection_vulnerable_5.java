package com.example.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

@Repository
public class OrderReportDao {

    private final DataSource dataSource;

    public OrderReportDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> ordersBetween(String from, String to, String status) throws SQLException {
        String where = "WHERE created_at BETWEEN '" + from + "' AND '" + to + "'";
        if (status != null) {
            where = where + " AND status = '" + status + "'";
        }
        List<String> out = new ArrayList<>();
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery("SELECT reference FROM orders " + where); // expect: sql-injection
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            rs.close();
        }
        return out;
    }

    public int purgeCustomer(String customerId) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            stmt.addBatch("DELETE FROM order_lines WHERE customer_id = " + customerId); // expect: sql-injection
            stmt.addBatch("DELETE FROM orders WHERE customer_id = " + customerId); // expect: sql-injection
            return stmt.executeBatch().length;
        }
    }
}
