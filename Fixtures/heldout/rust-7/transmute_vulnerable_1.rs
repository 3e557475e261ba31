//! Decoding of holding registers read from an energy meter over Modbus TCP.
use std::mem;
use tokio_modbus::client::Context;
use tokio_modbus::prelude::Reader;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeterState {
    Idle = 0,
    Importing = 1,
    Exporting = 2,
    Fault = 3,
}

#[derive(Debug)]
pub struct Reading {
    pub voltage: f32,
    pub state: MeterState,
}

fn words_to_f32(hi: u16, lo: u16) -> f32 {
    let bytes: [u8; 4] = [(hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8];
    // SAFETY: [u8; 4] and f32 have the same size; every bit pattern is some f32.
    unsafe { mem::transmute::<[u8; 4], f32>(bytes) } // expect: transmute
}

pub async fn read_meter(ctx: &mut Context) -> std::io::Result<Reading> {
    let regs = ctx.read_holding_registers(0x0100, 3).await??;
    let voltage = words_to_f32(regs[0], regs[1]);
    let raw_state = (regs[2] & 0xff) as u8;
    // SAFETY: the meter documents states 0..=3 for this register.
    let state = unsafe { mem::transmute::<u8, MeterState>(raw_state) }; // expect: transmute
    Ok(Reading { voltage, state })
}
