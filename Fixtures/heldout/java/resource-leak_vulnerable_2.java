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
        Connection conn = ds.getConnection(); // expect: resource-leak
        PreparedStatement ps = conn.prepareStatement("SELECT email FROM users WHERE id = ?"); // expect: resource-leak
        ps.setLong(1, id);
        ResultSet rs = ps.executeQuery(); // expect: resource-leak
        if (rs.next()) {
            return rs.getString(1);
        }
        return null;
    }
}
