pub struct Heightmap {
    width: usize,
    cells: Vec<f32>,
}

impl Heightmap {
    pub fn new(width: usize, height: usize) -> Self {
        Heightmap { width, cells: vec![0.0; width * height] }
    }

    /// Box blur used by the terrain editor on every brush stroke.
    pub fn smooth(&mut self) {
        let w = self.width;
        let h = self.cells.len() / w;
        let src = self.cells.clone();
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                let i = y * w + x;
                let sum = unsafe { // expect: unsafe-without-safety-comment
                    src.get_unchecked(i - 1) + src.get_unchecked(i + 1) + src.get_unchecked(i - w) + src.get_unchecked(i + w)
                };
                self.cells[i] = (src[i] + sum) / 5.0;
            }
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        let len = self.cells.len() * std::mem::size_of::<f32>();
        unsafe { std::slice::from_raw_parts(self.cells.as_ptr() as *const u8, len) } // expect: unsafe-without-safety-comment
    }
}
