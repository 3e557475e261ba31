use std::net::TcpStream;

pub fn tune(stream: &TcpStream) {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(5))).ok(); // expect: ignored-error
    stream.set_nodelay(true).ok(); // expect: ignored-error
}
