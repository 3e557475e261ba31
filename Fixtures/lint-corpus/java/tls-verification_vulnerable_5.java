class Metrics {
    HttpClient client() throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client(true); // expect: tls-verification
        return new HttpClient(ssl);
    }
}
