//! Register access for the ADC peripheral, decoding fields without transmute.
#![no_std]

use core::mem;
use core::ptr;

#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Bits12 = 0,
    Bits10 = 1,
    Bits8 = 2,
    Bits6 = 3,
}

impl TryFrom<u32> for Resolution {
    type Error = u32;
    fn try_from(v: u32) -> Result<Self, u32> {
        match v {
            0 => Ok(Resolution::Bits12),
            1 => Ok(Resolution::Bits10),
            2 => Ok(Resolution::Bits8),
            3 => Ok(Resolution::Bits6),
            other => Err(other),
        }
    }
}

pub struct Adc {
    base: *mut u32,
    pending: Option<u16>,
}

impl Adc {
    pub fn resolution(&self) -> Result<Resolution, u32> {
        // SAFETY: CFGR (offset 3) lies inside the register block owned by this driver.
        let cfgr = unsafe { ptr::read_volatile(self.base.add(3)) };
        Resolution::try_from((cfgr >> 3) & 0b11)
    }

    pub fn samples<'a>(&self, ring: &'a [u8], out: &mut [u16]) -> usize {
        let mut n = 0;
        for (dst, pair) in out.iter_mut().zip(ring.chunks_exact(2)) {
            *dst = u16::from_le_bytes([pair[0], pair[1]]);
            n += 1;
        }
        n
    }

    pub fn take_pending(&mut self) -> Option<u16> {
        mem::take(&mut self.pending)
    }

    pub const fn sample_size() -> usize {
        mem::size_of::<u16>()
    }
}
