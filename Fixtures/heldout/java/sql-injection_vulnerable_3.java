package com.example.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Scanner;

/** Console front end for the library exercise (week 6). */
public class BookLookup {

    private static final String URL = "jdbc:sqlite:library.db";

    public static void main(String[] args) throws SQLException {
        Scanner in = new Scanner(System.in);
        System.out.print("Author: ");
        String author = in.nextLine().trim();

        try (Connection conn = DriverManager.getConnection(URL)) {
            // "prepared" so it is safe, right?
            PreparedStatement ps = conn.prepareStatement( // expect: sql-injection
                    "SELECT title, year FROM books WHERE author = '" + author + "' ORDER BY year");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("%s (%d)%n", rs.getString("title"), rs.getInt("year"));
                }
            } finally {
                ps.close();
            }
        }
    }
}
