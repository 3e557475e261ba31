//! Value representation of a small NaN-boxing bytecode VM.
use std::mem;

const QNAN: u64 = 0x7ffc_0000_0000_0000;
const TAG_INT: u64 = 0x0001_0000_0000_0000;

#[derive(Clone, Copy)]
pub struct Value(u64);

impl Value {
    pub fn number(n: f64) -> Value {
        // SAFETY: f64 and u64 have the same size and alignment.
        Value(unsafe { mem::transmute::<f64, u64>(n) }) // expect: transmute
    }

    pub fn int(i: i32) -> Value {
        Value(QNAN | TAG_INT | (i as u32 as u64))
    }

    pub fn is_number(self) -> bool {
        self.0 & QNAN != QNAN
    }

    pub fn as_number(self) -> Option<f64> {
        if self.is_number() {
            // SAFETY: the bits were produced from an f64 by `number`.
            Some(unsafe { mem::transmute(self.0) }) // expect: transmute
        } else {
            None
        }
    }

    pub fn as_int(self) -> Option<i32> {
        if self.0 & (QNAN | TAG_INT) == QNAN | TAG_INT {
            Some(self.0 as u32 as i32)
        } else {
            None
        }
    }
}
