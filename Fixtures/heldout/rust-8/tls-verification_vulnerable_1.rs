use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use std::error::Error;

pub struct Mailer {
    transport: SmtpTransport,
}

impl Mailer {
    pub fn from_env() -> Result<Self, Box<dyn Error>> {
        let host = std::env::var("SMTP_HOST")?;
        let tls = TlsParameters::builder(host.clone())
            .dangerous_accept_invalid_certs(true) // expect: tls-verification
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
