//! Decoder for the e-bike CAN frames without transmute.
use std::convert::TryFrom;
use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AssistLevel {
    Off = 0,
    Eco = 1,
    Tour = 2,
    Sport = 3,
}

impl TryFrom<u8> for AssistLevel {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        match v {
            0 => Ok(AssistLevel::Off),
            1 => Ok(AssistLevel::Eco),
            2 => Ok(AssistLevel::Tour),
            3 => Ok(AssistLevel::Sport),
            other => Err(other),
        }
    }
}

pub fn decode(data: &[u8; 9]) -> Option<(AssistLevel, f32, u32)> {
    let assist = AssistLevel::try_from(data[0]).ok()?;
    let current = f32::from_bits(u32::from_le_bytes([data[1], data[2], data[3], data[4]]));
    let rpm = u32::from_be_bytes([data[5], data[6], data[7], data[8]]);
    debug_assert_eq!(mem::size_of::<AssistLevel>(), 1);
    Some((assist, current, rpm))
}

pub fn samples_as_bytes(samples: &[f32]) -> &[u8] {
    bytemuck::cast_slice(samples)
}
