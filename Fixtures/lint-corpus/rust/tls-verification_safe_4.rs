pub fn fetch(url: &str, ca: &Path) -> Result<Vec<u8>, transfer::Error> {
    let mut handle = Handle::new();
    handle.url(url)?;
    handle.cainfo(ca)?;
    handle.ssl_verify_host(true)?;
    handle.perform()
}

pub fn client() -> Result<Agent, Error> {
    Agent::builder().tls_flags(TlsFlags::default()).verbose(false).build()
}
