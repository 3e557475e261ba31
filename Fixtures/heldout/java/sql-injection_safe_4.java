package com.example.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Collections;
import javax.sql.DataSource;

public class OrderReportDao {

    private final DataSource dataSource;

    public OrderReportDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Orders for a list of ids: one placeholder per id, values bound below. */
    public List<String> referencesFor(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT reference FROM orders WHERE id IN (" + placeholders + ")";
        List<String> out = new ArrayList<>();
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Page through orders; the limit is a parsed int, not text. */
    public List<String> page(String pageParam) throws SQLException {
        int page = Math.max(0, Integer.parseInt(pageParam));
        int offset = page * 50;
        List<String> out = new ArrayList<>();
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery("SELECT reference FROM orders ORDER BY id LIMIT 50 OFFSET " + offset)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out.stream().map(String::trim).collect(Collectors.toList());
    }

    public int countAll() throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery("SELECT COUNT(*) FROM orders")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
