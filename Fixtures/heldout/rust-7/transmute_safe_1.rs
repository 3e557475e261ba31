//! Decoding of holding registers read from an energy meter over Modbus TCP.
use std::io::{Error, ErrorKind};
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

impl TryFrom<u8> for MeterState {
    type Error = Error;

    fn try_from(v: u8) -> Result<Self, Self::Error> {
        match v {
            0 => Ok(MeterState::Idle),
            1 => Ok(MeterState::Importing),
            2 => Ok(MeterState::Exporting),
            3 => Ok(MeterState::Fault),
            other => Err(Error::new(ErrorKind::InvalidData, format!("meter state {other}"))),
        }
    }
}

#[derive(Debug)]
pub struct Reading {
    pub voltage: f32,
    pub state: MeterState,
}

fn words_to_f32(hi: u16, lo: u16) -> f32 {
    f32::from_be_bytes([(hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8])
}

pub async fn read_meter(ctx: &mut Context) -> std::io::Result<Reading> {
    let regs = ctx.read_holding_registers(0x0100, 3).await??;
    let voltage = words_to_f32(regs[0], regs[1]);
    let state = MeterState::try_from((regs[2] & 0xff) as u8)?;
    Ok(Reading { voltage, state })
}
