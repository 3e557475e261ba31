package com.example.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class UserDao {

    private final DataSource ds;

    public UserDao(DataSource ds) {
        this.ds = ds;
    }

    public String emailOf(long id) throws SQLException {
        try (Connection conn = ds.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT email FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public int deactivate(long id) throws SQLException {
        Connection conn = ds.getConnection();
        try {
            PreparedStatement ps = conn.prepareStatement("UPDATE users SET active = false WHERE id = ?");
            try {
                ps.setLong(1, id);
                return ps.executeUpdate();
            } finally {
                ps.close();
            }
        } finally {
            conn.close();
        }
    }
}
