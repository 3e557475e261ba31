//! Decoder for the telemetry frames sent by the flight controller.
use std::convert::TryFrom;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FrameKind {
    Attitude = 1,
    Gps = 2,
    Battery = 3,
}

impl TryFrom<u8> for FrameKind {
    type Error = u8;

    fn try_from(b: u8) -> Result<Self, u8> {
        match b {
            1 => Ok(FrameKind::Attitude),
            2 => Ok(FrameKind::Gps),
            3 => Ok(FrameKind::Battery),
            other => Err(other),
        }
    }
}

#[derive(Debug)]
pub struct Frame {
    pub kind: FrameKind,
    pub altitude_m: f32,
    pub seq: u32,
}

pub fn decode(buf: &[u8; 12]) -> Option<Frame> {
    let kind = FrameKind::try_from(buf[0]).ok()?;
    let altitude_m = f32::from_le_bytes([buf[4], buf[5], buf[6], buf[7]]);
    let seq = u32::from_le_bytes([buf[8], buf[9], buf[10], buf[11]]);
    Some(Frame { kind, altitude_m, seq })
}

pub fn encode_altitude(alt: f32) -> [u8; 4] {
    alt.to_bits().to_le_bytes()
}
