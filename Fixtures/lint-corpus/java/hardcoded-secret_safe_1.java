package billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class BillingConfig {
    private static final String STRIPE_API_KEY = System.getenv("STRIPE_API_KEY");
    private static final String PASSWORD_PARAM = "password";
    private static final String TOKEN_HEADER = "X-Auth-Token";
    private static final String DB_URL = "jdbc:postgresql://db.internal:5432/billing";

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    public String apiKey() {
        return STRIPE_API_KEY;
    }
}
