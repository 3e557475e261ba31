//! Bare-metal UART and tick counter for the sensor board.
#![no_std]

use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicU32, Ordering};

const UART0_BASE: usize = 0x4000_C000;
const FR_TXFF: u32 = 1 << 5;

static TICKS: AtomicU32 = AtomicU32::new(0);

/// Owned handle to UART0.
pub struct Uart {
    base: *mut u32,
}

// SAFETY: the handle is the only path to the UART registers and the board has
// one core; moving it to another context cannot create concurrent access.
unsafe impl Send for Uart {}

impl Uart {
    /// # Safety
    /// Must be called once; the caller gives up every other access to UART0.
    pub unsafe fn take() -> Uart {
        Uart { base: UART0_BASE as *mut u32 }
    }

    pub fn putc(&mut self, byte: u8) {
        // SAFETY: FR (offset 0x18) and DR (offset 0) are inside the UART block we own.
        unsafe {
            while read_volatile(self.base.add(0x18 / 4)) & FR_TXFF != 0 {}
            write_volatile(self.base, u32::from(byte));
        }
    }
}

#[no_mangle]
pub extern "C" fn SysTick() {
    TICKS.fetch_add(1, Ordering::Relaxed);
}

pub fn uptime_ms() -> u32 {
    TICKS.load(Ordering::Relaxed)
}
