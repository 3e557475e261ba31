//! Register access for the STM32-style ADC peripheral (no_std driver).
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

pub struct Adc {
    base: *mut u32,
}

const CFGR: usize = 3;
const DR: usize = 16;

impl Adc {
    /// # Safety
    /// `base` must be the ADC block's address and the peripheral must be owned by the caller.
    pub const unsafe fn new(base: *mut u32) -> Self {
        Adc { base }
    }

    pub fn resolution(&self) -> Resolution {
        // SAFETY: CFGR lies inside the register block owned by this driver.
        let cfgr = unsafe { ptr::read_volatile(self.base.add(CFGR)) };
        // SAFETY: the field is two bits wide and every value has a variant.
        unsafe { mem::transmute::<u32, Resolution>((cfgr >> 3) & 0b11) } // expect: transmute
    }

    /// Copies the DMA buffer of 16-bit samples out of the byte ring.
    pub fn samples<'a>(&self, ring: &'a [u8]) -> &'a [u16] {
        // SAFETY: the DMA engine writes whole, aligned samples into the ring.
        let words: &[u16] = unsafe { mem::transmute(ring) }; // expect: transmute
        &words[..ring.len() / 2]
    }

    pub fn last(&self) -> u16 {
        // SAFETY: DR lies inside the register block owned by this driver.
        (unsafe { ptr::read_volatile(self.base.add(DR)) } & 0xffff) as u16
    }
}
