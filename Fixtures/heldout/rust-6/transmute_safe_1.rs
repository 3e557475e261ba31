use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct GlyphBuffer {
    codes: Vec<u32>,
    hashes: Vec<[u8; 8]>,
}

#[wasm_bindgen]
impl GlyphBuffer {
    #[wasm_bindgen(constructor)]
    pub fn new() -> GlyphBuffer {
        GlyphBuffer { codes: Vec::new(), hashes: Vec::new() }
    }

    pub fn push(&mut self, code: u32, hash: &[u8]) {
        let mut h = [0u8; 8];
        let n = hash.len().min(8);
        h[..n].copy_from_slice(&hash[..n]);
        self.codes.push(code);
        self.hashes.push(h);
    }

    pub fn text(&self) -> String {
        self.codes.iter().map(|&c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
    }

    pub fn fingerprint(&self) -> u64 {
        self.hashes.iter().fold(0u64, |acc, h| acc.rotate_left(7) ^ u64::from_le_bytes(*h))
    }

    pub fn glyph_size(&self) -> usize {
        std::mem::size_of::<u32>() + std::mem::size_of::<[u8; 8]>()
    }
}
