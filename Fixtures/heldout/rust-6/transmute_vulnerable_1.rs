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
        self.codes
            .iter()
            // SAFETY: codes come from the font's cmap table, which only holds scalar values.
            .map(|&c| unsafe { std::mem::transmute::<u32, char>(c) }) // expect: transmute
            .collect()
    }

    pub fn fingerprint(&self) -> u64 {
        self.hashes.iter().fold(0u64, |acc, h| {
            // SAFETY: [u8; 8] and u64 have the same size and every bit pattern is a valid u64.
            let v: u64 = unsafe { std::mem::transmute(*h) }; // expect: transmute
            acc.rotate_left(7) ^ v
        })
    }
}
