use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use std::error::Error;

pub struct Mailer {
    transport: SmtpTransport,
}

impl Mailer {
    pub fn from_env() -> Result<Self, Box<dyn Error>> {
        let host = std::env::var("SMTP_HOST")?;
        let ca = std::fs::read(std::env::var("SMTP_CA_FILE")?)?;
        let tls = TlsParameters::builder(host.clone())
            .add_root_certificate(Certificate::from_pem(&ca)?)
            .dangerous_accept_invalid_certs(false)
            .build()?;
        let transport = SmtpTransport::relay(&host)?.port(587).tls(Tls::Required(tls)).build();
        Ok(Mailer { transport })
    }

    pub fn send_digest(&self, to: &str, body: String) -> Result<(), Box<dyn Error>> {
        let email = Message::builder()
            .from("digest@example.org".parse()?)
            .to(to.parse()?)
            .subject("Your weekly digest")
            .body(body)?;
        self.transport.send(&email)?;
        Ok(())
    }
}
