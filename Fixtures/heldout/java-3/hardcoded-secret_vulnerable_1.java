package com.tickets.billing;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

public class BillingJob {

    private static final String STRIPE_SECRET = "sk_live_51HqLw2KzT8gYbR3mNvXcP0aQeJ7uD4sF9hW6kL2pZ"; // expect: hardcoded-secret
    private static final String DB_URL = "jdbc:postgresql://billing-db.prod:5432/tickets";

    public static void main(String[] args) throws SQLException, StripeException {
        Stripe.apiKey = STRIPE_SECRET;
        try (Connection conn = DriverManager.getConnection(DB_URL, "billing_svc", "Tk!9vR#2mQp7Lz")) { // expect: hardcoded-secret
            Charge charge = Charge.create(Map.of("amount", 4200, "currency", "eur", "source", args[0]));
            System.out.println("charged " + charge.getId() + " on " + conn.getCatalog());
        }
    }
}
