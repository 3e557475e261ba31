//! Decoder for the CAN frames of an e-bike motor controller.
use std::mem;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AssistLevel {
    Off = 0,
    Eco = 1,
    Tour = 2,
    Sport = 3,
}

pub struct MotorFrame {
    pub assist: AssistLevel,
    pub current_a: f32,
    pub rpm: u32,
}

pub fn decode(data: &[u8; 9]) -> Option<MotorFrame> {
    if data[0] > 3 {
        return None;
    }
    // SAFETY: data[0] was checked to be 0..=3, all of which are AssistLevel discriminants.
    let assist: AssistLevel = unsafe { mem::transmute(data[0]) }; // expect: transmute
    let current_bits = [data[1], data[2], data[3], data[4]];
    // SAFETY: any 4 bytes are a valid f32 bit pattern.
    let current_a = unsafe { mem::transmute::<[u8; 4], f32>(current_bits) }; // expect: transmute
    let rpm_bytes = [data[5], data[6], data[7], data[8]];
    // SAFETY: [u8; 4] and u32 have the same size and every bit pattern is a valid u32.
    let rpm: u32 = unsafe { std::mem::transmute(rpm_bytes) }; // expect: transmute
    Some(MotorFrame { assist, current_a, rpm: u32::from_be(rpm) })
}
