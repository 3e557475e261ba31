use std::fs;
use std::mem::{size_of, transmute};

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct WavHeader {
    riff: [u8; 4],
    size: u32,
    wave: [u8; 4],
    fmt: [u8; 4],
    fmt_len: u32,
    format: u16,
    channels: u16,
    sample_rate: u32,
    byte_rate: u32,
    block_align: u16,
    bits: u16,
}

pub fn read_header(path: &str) -> std::io::Result<WavHeader> {
    let bytes = fs::read(path)?;
    let mut raw = [0u8; size_of::<WavHeader>()];
    raw.copy_from_slice(&bytes[..size_of::<WavHeader>()]);
    // SAFETY: WavHeader is repr(C) plain data of exactly this many bytes.
    let header: WavHeader = unsafe { transmute(raw) }; // expect: transmute
    Ok(header)
}

pub fn peak(samples: &[u8]) -> i16 {
    let mut best = 0i16;
    for pair in samples.chunks_exact(2) {
        let arr = [pair[0], pair[1]];
        // SAFETY: any two bytes form a valid i16.
        let s: i16 = unsafe { transmute(arr) }; // expect: transmute
        best = best.max(s.saturating_abs());
    }
    best
}

fn main() -> std::io::Result<()> {
    let h = read_header("take1.wav")?;
    println!("{} Hz, {} channel(s), {} bits", h.sample_rate, h.channels, h.bits);
    Ok(())
}
