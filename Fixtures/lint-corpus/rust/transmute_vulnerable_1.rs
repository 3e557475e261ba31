#[repr(u8)]
pub enum Level { Low = 0, High = 1 }

pub fn level(byte: u8) -> Level {
    // SAFETY: callers only pass 0 or 1.
    unsafe { std::mem::transmute(byte) } // expect: transmute
}
