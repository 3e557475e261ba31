package com.example.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Database {

    private static final String URL = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/shop");
    private static final String USER = System.getenv().getOrDefault("DB_USER", "shop_app");
    private static final String PASSWORD_ENV = "DB_PASSWORD";

    private Database() {
    }

    public static Connection connect() throws SQLException {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException(PASSWORD_ENV + " is not set");
        }
        return DriverManager.getConnection(URL, USER, password);
    }
}
