use async_native_tls::TlsConnector;
use async_std::net::TcpStream;
use curl::easy::Easy;

pub fn upload_firmware(url: &str, image: &[u8]) -> Result<u32, curl::Error> {
    let mut easy = Easy::new();
    easy.url(url)?;
    easy.post(true)?;
    easy.post_fields_copy(image)?;
    easy.ssl_verify_peer(false)?; // expect: tls-verification
    easy.perform()?;
    easy.response_code()
}

pub async fn open_console(host: &str, port: u16) -> Result<async_native_tls::TlsStream<TcpStream>, Box<dyn std::error::Error>> {
    let tcp = TcpStream::connect((host, port)).await?;
    let connector = TlsConnector::new().danger_accept_invalid_certs(true); // expect: tls-verification
    let stream = connector.connect(host, tcp).await?;
    Ok(stream)
}
