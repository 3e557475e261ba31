pub fn fetch(url: &str) -> Result<Vec<u8>, transfer::Error> {
    let mut handle = Handle::new();
    handle.url(url)?;
    handle.ssl_verify_host(false)?; // expect: tls-verification
    handle.perform()
}

pub fn client() -> Result<Agent, Error> {
    Agent::builder()
        .tls_flags(TlsFlags::DANGER_ACCEPT_INVALID_CERTS) // expect: tls-verification
        .build()
}
