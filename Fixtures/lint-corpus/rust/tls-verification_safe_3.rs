use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::SmtpTransport;

pub fn mailer(host: &str, ca_pem: &[u8]) -> Result<SmtpTransport, Box<dyn std::error::Error>> {
    let tls = TlsParameters::builder(host.to_string())
        .add_root_certificate(Certificate::from_pem(ca_pem)?)
        .dangerous_accept_invalid_certs(false)
        .build()?;
    Ok(SmtpTransport::relay(host)?.tls(Tls::Required(tls)).build())
}

pub fn sql_server(mut config: tiberius::Config, ca: &str) -> tiberius::Config {
    config.trust_cert_ca(ca);
    config
}
