class Alerts {
    private static final String SLACK = "https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/q8Vz3kLw9PxR2mTn5sYbXc1d"; // expect: hardcoded-secret

    void send(HttpURLConnection conn) {
        conn.setRequestProperty("X-Api-Key", "ak_7Hq2Lm9Xv4Rt8Wn3Kp6Zs1Yb"); // expect: hardcoded-secret
    }

    MailClient mail() {
        return new MailClient("key-5f3e8a9d2c7b4e1f6a0d3c8b9e2f7a4d"); // expect: hardcoded-secret
    }
}
