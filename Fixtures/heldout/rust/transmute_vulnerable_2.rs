use std::collections::HashMap;
use std::mem::transmute;

pub struct Interner {
    map: HashMap<&'static str, u32>,
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
        let stored: &str = &self.strings[id as usize];
        // SAFETY: strings are never removed, so the heap buffer outlives the map entry.
        let key: &'static str = unsafe { transmute::<&str, &'static str>(stored) }; // expect: transmute
        self.map.insert(key, id);
        id
    }
}

type Callback = extern "C" fn(i32) -> i32;

pub fn callback_from_addr(addr: usize) -> Callback {
    // SAFETY: the plugin loader hands us the address of an exported `extern "C" fn(i32) -> i32`.
    unsafe { transmute::<usize, Callback>(addr) } // expect: transmute
}
