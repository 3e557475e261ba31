use reqwest::Client;

pub fn internal_client() -> reqwest::Result<Client> {
    Client::builder()
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()
}

pub fn legacy_connector() -> native_tls::Result<native_tls::TlsConnector> {
    native_tls::TlsConnector::builder()
        .danger_accept_invalid_hostnames(true) // expect: tls-verification
        .build()
}
