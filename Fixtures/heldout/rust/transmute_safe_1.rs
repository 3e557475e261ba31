// Decoding of the binary telemetry frame sent by the flight controller.
use std::convert::TryFrom;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Idle = 0,
    Armed = 1,
    Flying = 2,
    Landing = 3,
}

impl TryFrom<u8> for Mode {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        match v {
            0 => Ok(Mode::Idle),
            1 => Ok(Mode::Armed),
            2 => Ok(Mode::Flying),
            3 => Ok(Mode::Landing),
            other => Err(other),
        }
    }
}

pub struct Frame {
    pub mode: Mode,
    pub altitude: f32,
    pub seq: u32,
}

pub fn decode(buf: &[u8; 9]) -> Result<Frame, u8> {
    let mode = Mode::try_from(buf[0])?;
    let altitude = f32::from_le_bytes([buf[1], buf[2], buf[3], buf[4]]);
    let seq = u32::from_le_bytes([buf[5], buf[6], buf[7], buf[8]]);
    Ok(Frame { mode, altitude, seq })
}

pub fn altitude_bits(f: &Frame) -> u32 {
    f.altitude.to_bits()
}
