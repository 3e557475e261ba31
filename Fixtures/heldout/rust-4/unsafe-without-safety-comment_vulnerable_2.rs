//! Bare-metal UART and tick counter for the sensor board.
#![no_std]

use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{compiler_fence, Ordering};

const UART0_BASE: usize = 0x4000_C000;
const UART_DR: usize = 0x00;
const UART_FR: usize = 0x18;
const FR_TXFF: u32 = 1 << 5;

static mut TICKS: u32 = 0;

#[inline]
fn reg(offset: usize) -> *mut u32 {
    (UART0_BASE + offset) as *mut u32
}

pub fn putc(byte: u8) {
    while unsafe { read_volatile(reg(UART_FR)) } & FR_TXFF != 0 {} // expect: unsafe-without-safety-comment
    unsafe { write_volatile(reg(UART_DR), u32::from(byte)) }; // expect: unsafe-without-safety-comment
}

pub fn puts(s: &str) {
    for b in s.bytes() {
        putc(b);
    }
}

/// SysTick interrupt handler, installed in the vector table.
#[no_mangle]
pub extern "C" fn SysTick() {
    unsafe { // expect: unsafe-without-safety-comment
        TICKS = TICKS.wrapping_add(1);
    }
    compiler_fence(Ordering::SeqCst);
}

pub fn uptime_ms() -> u32 {
    // SAFETY: a 32-bit aligned read is atomic on this core, and SysTick is the only writer.
    unsafe { read_volatile(core::ptr::addr_of!(TICKS)) }
}
