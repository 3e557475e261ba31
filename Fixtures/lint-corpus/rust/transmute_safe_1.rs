pub fn bits(x: f32) -> u32 {
    x.to_bits()
}

pub fn from_bytes(b: [u8; 4]) -> u32 {
    u32::from_le_bytes(b)
}
