use std::collections::HashMap;
use std::mem;

/// Interner that hands out ids; lookups go through owned keys, no lifetime tricks.
pub struct Interner {
    map: HashMap<String, u32>,
    strings: Vec<String>,
}

impl Interner {
    pub fn new() -> Self {
        Interner { map: HashMap::new(), strings: Vec::new() }
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.to_owned());
        self.map.insert(s.to_owned(), id);
        id
    }

    pub fn resolve(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(String::as_str)
    }

    /// Empties the interner and returns the strings in id order.
    pub fn drain(&mut self) -> Vec<String> {
        self.map.clear();
        mem::take(&mut self.strings)
    }

    pub fn memory_estimate(&self) -> usize {
        self.strings.iter().map(|s| s.capacity()).sum::<usize>()
            + self.map.capacity() * (mem::size_of::<String>() + mem::size_of::<u32>())
    }
}
