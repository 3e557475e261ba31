class Alerts {
    private static final String SLACK_URL_ENV = "ALERTS_SLACK_URL";

    void send(HttpURLConnection conn) {
        conn.setRequestProperty("X-Api-Key", System.getenv("ALERTS_API_KEY"));
        conn.setRequestProperty("Accept", "application/json");
    }

    MailClient mail() {
        return new MailClient(System.getenv("MAIL_KEY"));
    }

    ProviderService provider() {
        return new ProviderService("Signature", "SHA256withECDSAinP1363Format");
    }
}
