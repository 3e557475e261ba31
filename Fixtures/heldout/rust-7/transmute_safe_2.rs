//! Value representation of a small NaN-boxing bytecode VM.

const QNAN: u64 = 0x7ffc_0000_0000_0000;
const TAG_INT: u64 = 0x0001_0000_0000_0000;

#[derive(Clone, Copy)]
pub struct Value(u64);

impl Value {
    pub fn number(n: f64) -> Value {
        Value(n.to_bits())
    }

    pub fn int(i: i32) -> Value {
        Value(QNAN | TAG_INT | (i as u32 as u64))
    }

    pub fn is_number(self) -> bool {
        self.0 & QNAN != QNAN
    }

    pub fn as_number(self) -> Option<f64> {
        if self.is_number() {
            Some(f64::from_bits(self.0))
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

    pub const fn size() -> usize {
        std::mem::size_of::<u64>()
    }
}
