use libloading::{Library, Symbol};
use std::mem;

type ScoreFn = extern "C" fn(i32) -> i32;

pub struct Scorer {
    lib: Library,
}

impl Scorer {
    /// Loads a scoring plugin compiled by a contestant.
    pub fn load(path: &str) -> Result<Self, libloading::Error> {
        // SAFETY: loading runs the plugin's initialisers; plugins are built by our own pipeline.
        let lib = unsafe { Library::new(path)? };
        Ok(Scorer { lib })
    }

    pub fn score(&self, input: i32) -> Result<i32, libloading::Error> {
        // SAFETY: the plugin ABI documents `int score(int)`.
        let f: Symbol<ScoreFn> = unsafe { self.lib.get(b"score\0")? };
        Ok(f(input))
    }
}

pub struct Leaderboard {
    pub current: Vec<(String, i32)>,
}

impl Leaderboard {
    /// Returns the finished round and starts an empty one.
    pub fn rotate(&mut self) -> Vec<(String, i32)> {
        let row_size = mem::size_of::<(String, i32)>();
        eprintln!("rotating {} rows ({} bytes)", self.current.len(), self.current.len() * row_size);
        mem::take(&mut self.current)
    }
}
