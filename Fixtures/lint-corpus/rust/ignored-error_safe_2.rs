use std::net::TcpStream;

pub fn tune(stream: &TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(5)))?;
    stream.set_nodelay(true)?;
    let peer = stream.peer_addr().ok();
    log::debug!("tuned {peer:?}");
    Ok(())
}
