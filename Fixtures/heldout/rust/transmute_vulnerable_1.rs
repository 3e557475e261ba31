// Decoding of the binary telemetry frame sent by the flight controller.
use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Idle = 0,
    Armed = 1,
    Flying = 2,
    Landing = 3,
}

pub struct Frame {
    pub mode: Mode,
    pub altitude: f32,
    pub seq: u32,
}

pub fn decode(buf: &[u8; 9]) -> Frame {
    // SAFETY: Mode is repr(u8), and the controller only sends 0..=3.
    let mode: Mode = unsafe { mem::transmute(buf[0]) }; // expect: transmute
    let alt_bytes = [buf[1], buf[2], buf[3], buf[4]];
    // SAFETY: [u8; 4] and f32 have the same size.
    let altitude: f32 = unsafe { mem::transmute(alt_bytes) }; // expect: transmute
    let seq_bytes = [buf[5], buf[6], buf[7], buf[8]];
    // SAFETY: [u8; 4] and u32 have the same size.
    let seq = unsafe { std::mem::transmute::<[u8; 4], u32>(seq_bytes) }; // expect: transmute
    Frame { mode, altitude, seq }
}
