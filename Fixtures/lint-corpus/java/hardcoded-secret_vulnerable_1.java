package billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class BillingConfig {
    private static final String STRIPE_API_KEY = "sk_live_51Hx9TqK2mZ8vR4pW7nY3bL6c"; // expect: hardcoded-secret
    private static final String DB_URL = "jdbc:postgresql://db.internal:5432/billing";
    private String webhookSecret = "whsec_8f3Kd92LmQpZ7x"; // expect: hardcoded-secret

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, "billing", "B1ll!ng-Pr0d-2024"); // expect: hardcoded-secret
    }

    public String webhookSecret() {
        return webhookSecret;
    }
}
