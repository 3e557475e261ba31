//! Outgoing mail for the booking system, over the office relay.

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub struct MailConfig {
    pub relay: String,
    pub port: u16,
    pub user: String,
    pub password: String,
    pub ca_pem: Vec<u8>,
}

pub fn transport(cfg: &MailConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, lettre::transport::smtp::Error> {
    // The relay's certificate is issued by the office CA, which we trust explicitly;
    // dangerous_accept_invalid_certs stays off.
    let ca = Certificate::from_pem(&cfg.ca_pem)?;
    let tls = TlsParameters::builder(cfg.relay.clone())
        .add_root_certificate(ca)
        .build()?;
    Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(cfg.relay.as_str())
        .port(cfg.port)
        .tls(Tls::Required(tls))
        .credentials(Credentials::new(cfg.user.clone(), cfg.password.clone()))
        .build())
}

pub async fn send_confirmation(
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    to: Mailbox,
    booking: &str,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let from: Mailbox = "Bookings <bookings@example.org>".parse()?;
    let msg = Message::builder()
        .from(from)
        .to(to)
        .subject(format!("Booking {booking} confirmed"))
        .body(String::from("See you soon."))?;
    mailer.send(msg).await?;
    Ok(())
}
