//! Nightly report job: reads from Postgres over TLS, mails via an SMTP relay.

use native_tls::TlsConnector;
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres::Client;
use postgres_native_tls::MakeTlsConnector;
use std::io::{Read, Write};
use std::net::TcpStream;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

pub fn connect_db(url: &str) -> Result<Client, BoxError> {
    let tls = TlsConnector::builder()
        .danger_accept_invalid_certs(true) // expect: tls-verification
        .build()?;
    Ok(Client::connect(url, MakeTlsConnector::new(tls))?)
}

pub fn relay_banner(host: &str) -> Result<String, BoxError> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_verify_callback(SslVerifyMode::PEER, |_preverify_ok, _ctx| true); // expect: tls-verification
    let connector = builder.build();
    let tcp = TcpStream::connect((host, 465))?;
    let mut stream = connector.connect(host, tcp)?;
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf)?;
    stream.write_all(b"QUIT\r\n")?;
    Ok(String::from_utf8_lossy(&buf[..n]).into_owned())
}

pub fn report_rows(client: &mut Client) -> Result<Vec<(String, i64)>, BoxError> {
    let rows = client.query("SELECT region, sum(total_cents) FROM orders GROUP BY region", &[])?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}
