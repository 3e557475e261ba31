class Metrics {
    HttpClient client(KeyStore trust) throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client(false);
        ssl.setTrustStore(trust);
        ssl.setEndpointIdentificationAlgorithm("HTTPS");
        return new HttpClient(ssl);
    }
}
