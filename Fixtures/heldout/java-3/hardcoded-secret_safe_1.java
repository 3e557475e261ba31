package com.tickets.billing;

import com.stripe.Stripe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class BillingConfig {

    public static final String PASSWORD_HEADER = "X-Billing-Password";
    public static final String SECRET_ENV = "STRIPE_SECRET_KEY";
    private static final String DB_URL = "jdbc:postgresql://billing-db.prod:5432/tickets";

    public static void init() {
        String secret = System.getenv(SECRET_ENV);
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(SECRET_ENV + " is not set");
        }
        Stripe.apiKey = secret;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }
}
