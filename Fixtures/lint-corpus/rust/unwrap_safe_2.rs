// A metrics registry shared between threads: a poisoned lock means another thread panicked while
// holding it, and passing that panic on is the idiom, not an error to hand back.
use std::collections::HashMap;
use std::sync::{Mutex, RwLock};

pub struct Registry {
    counters: Mutex<HashMap<String, u64>>,
    labels: RwLock<Vec<String>>,
}

impl Registry {
    pub fn incr(&self, name: &str) -> u64 {
        let mut counters = self.counters.lock().unwrap();
        let value = counters.entry(name.to_string()).or_insert(0);
        *value += 1;
        *value
    }

    pub fn add_label(&self, label: &str) {
        self.labels.write().expect("labels lock poisoned").push(label.to_string());
    }

    pub fn label_count(&self) -> usize {
        self.labels.read().unwrap().len()
    }
}
