use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Counts how many leases on a GPU slot are outstanding.
pub struct SlotPool {
    in_use: Arc<AtomicUsize>,
    capacity: usize,
}

pub struct Lease {
    in_use: Arc<AtomicUsize>,
    slot: usize,
}

impl SlotPool {
    pub fn new(capacity: usize) -> Self {
        SlotPool { in_use: Arc::new(AtomicUsize::new(0)), capacity }
    }

    pub fn acquire(&self) -> Option<Lease> {
        let slot = self.in_use.fetch_add(1, Ordering::AcqRel);
        if slot >= self.capacity {
            self.in_use.fetch_sub(1, Ordering::AcqRel);
            return None;
        }
        Some(Lease { in_use: Arc::clone(&self.in_use), slot })
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        let before = self.in_use.fetch_sub(1, Ordering::AcqRel);
        if before == 0 {
            panic!("lease for slot {} released twice", self.slot); // expect: panic-in-drop
        }
    }
}

impl Drop for SlotPool {
    fn drop(&mut self) {
        assert_eq!(self.in_use.load(Ordering::Acquire), 0, "pool dropped with leases outstanding"); // expect: panic-in-drop
    }
}
