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
        assert!(capacity > 0, "a pool needs at least one slot");
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
        let released = self.in_use.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
        if released.is_err() {
            log::error!("lease for slot {} released twice", self.slot);
        }
    }
}
