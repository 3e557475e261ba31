package com.example.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Database {

    private static final String URL = "jdbc:postgresql://db.prod.internal:5432/shop";
    private static final String USER = "shop_app";
    private static final String PASSWORD = "Sh0p!Pr0d#2024"; // expect: hardcoded-secret

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "pgAdm1n-s3cret"); // expect: hardcoded-secret
    }
}
