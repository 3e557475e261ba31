package com.example.kiosk;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

/** The same start-up with every resource in try-with-resources. */
public class KioskBoot {
    private final Properties config = new Properties();

    public KioskBoot(String path) throws IOException {
        try (InputStream in = new FileInputStream(path)) {
            config.load(in);
        }
    }

    public int countDishes(String day) throws Exception {
        try (Connection conn = DriverManager.getConnection(config.getProperty("db.url"));
             PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM menu WHERE day = ?")) {
            ps.setString(1, day);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
