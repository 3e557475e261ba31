use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::SmtpTransport;

pub fn mailer(host: &str) -> Result<SmtpTransport, Box<dyn std::error::Error>> {
    let tls = TlsParameters::builder(host.to_string())
        .dangerous_accept_invalid_certs(true) // expect: tls-verification
        .build()?;
    Ok(SmtpTransport::relay(host)?.tls(Tls::Required(tls)).build())
}

pub fn sql_server(mut config: tiberius::Config) -> tiberius::Config {
    config.trust_cert(); // expect: tls-verification
    config
}
