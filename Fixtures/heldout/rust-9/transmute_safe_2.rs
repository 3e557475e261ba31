use std::fs;
use std::io::{Error, ErrorKind};

#[derive(Debug, Clone, Copy)]
pub struct WavHeader {
    pub channels: u16,
    pub sample_rate: u32,
    pub bits: u16,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

pub fn read_header(path: &str) -> std::io::Result<WavHeader> {
    let bytes = fs::read(path)?;
    if bytes.len() < 36 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(Error::new(ErrorKind::InvalidData, "not a RIFF/WAVE file"));
    }
    Ok(WavHeader {
        channels: u16_at(&bytes, 22),
        sample_rate: u32_at(&bytes, 24),
        bits: u16_at(&bytes, 34),
    })
}

pub fn peak(samples: &[u8]) -> i16 {
    samples
        .chunks_exact(2)
        .map(|p| i16::from_le_bytes([p[0], p[1]]).saturating_abs())
        .max()
        .unwrap_or(0)
}

fn main() -> std::io::Result<()> {
    let h = read_header("take1.wav")?;
    println!("{} Hz, {} channel(s), {} bits", h.sample_rate, h.channels, h.bits);
    Ok(())
}
