use std::io::Write;
use std::net::TcpStream;

/// Sends one ESC/POS receipt to a network printer; the drop cuts the paper.
pub struct Receipt {
    stream: TcpStream,
    lines: usize,
    finished: bool,
}

impl Receipt {
    pub fn start(addr: &str) -> std::io::Result<Self> {
        let mut stream = TcpStream::connect(addr)?;
        stream.write_all(b"\x1b@")?;
        Ok(Receipt {
            stream,
            lines: 0,
            finished: false,
        })
    }

    pub fn line(&mut self, text: &str) -> std::io::Result<()> {
        self.stream.write_all(text.as_bytes())?;
        self.stream.write_all(b"\n")?;
        self.lines += 1;
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        self.stream.write_all(b"\x1dV\x00")?;
        self.finished = true;
        Ok(())
    }
}

impl Drop for Receipt {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        if self.stream.write_all(b"\x1dV\x00").is_err() {
            panic!("printer went away after {} lines", self.lines); // expect: panic-in-drop
        }
    }
}
