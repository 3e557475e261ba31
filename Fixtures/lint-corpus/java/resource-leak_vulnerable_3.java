package com.example.kiosk;

import java.io.FileInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

/** Kiosk start-up: settings from a file, today's menu from the database. */
public class KioskBoot {
    private final Properties config = new Properties();

    public KioskBoot(String path) throws IOException {
        config.load(new FileInputStream(path)); // expect: resource-leak
    }

    public int countDishes(String day) throws Exception {
        try (Connection conn = DriverManager.getConnection(config.getProperty("db.url"))) {
            PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM menu WHERE day = ?"); // expect: resource-leak
            ps.setString(1, day);
            ResultSet rs = ps.executeQuery(); // expect: resource-leak
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
