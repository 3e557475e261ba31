use async_native_tls::{Certificate, TlsConnector};
use async_std::net::TcpStream;
use curl::easy::Easy;

pub fn upload_firmware(url: &str, image: &[u8], ca_bundle: &str) -> Result<u32, curl::Error> {
    let mut easy = Easy::new();
    easy.url(url)?;
    easy.post(true)?;
    easy.post_fields_copy(image)?;
    easy.cainfo(ca_bundle)?;
    easy.ssl_verify_peer(true)?;
    easy.ssl_verify_host(true)?;
    easy.perform()?;
    easy.response_code()
}

pub async fn open_console(host: &str, port: u16, ca_pem: &[u8]) -> Result<async_native_tls::TlsStream<TcpStream>, Box<dyn std::error::Error>> {
    let tcp = TcpStream::connect((host, port)).await?;
    let connector = TlsConnector::new().add_root_certificate(Certificate::from_pem(ca_pem)?);
    let stream = connector.connect(host, tcp).await?;
    Ok(stream)
}
