//! Decoder for the telemetry frames sent by the flight controller.
use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FrameKind {
    Attitude = 1,
    Gps = 2,
    Battery = 3,
}

#[derive(Debug)]
pub struct Frame {
    pub kind: FrameKind,
    pub altitude_m: f32,
    pub seq: u32,
}

pub fn decode(buf: &[u8; 12]) -> Option<Frame> {
    if !(1..=3).contains(&buf[0]) {
        return None;
    }
    // SAFETY: buf[0] was checked to be a valid FrameKind discriminant above.
    let kind: FrameKind = unsafe { mem::transmute(buf[0]) }; // expect: transmute
    let alt_bits = [buf[4], buf[5], buf[6], buf[7]];
    // SAFETY: every bit pattern is a valid f32.
    let altitude_m = unsafe { mem::transmute::<[u8; 4], f32>(alt_bits) }; // expect: transmute
    let seq_bytes = [buf[8], buf[9], buf[10], buf[11]];
    // SAFETY: [u8; 4] and u32 have the same size; the frame is little-endian like the host.
    let seq = unsafe { std::mem::transmute::<[u8; 4], u32>(seq_bytes) }; // expect: transmute
    Some(Frame { kind, altitude_m, seq })
}
