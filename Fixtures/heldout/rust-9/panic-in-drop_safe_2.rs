use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Default)]
pub struct SeatMap {
    held: HashMap<u32, String>,
}

/// A seat reservation held while the customer pays; dropping it releases the seat.
pub struct Hold {
    map: Arc<Mutex<SeatMap>>,
    seat: u32,
    customer: String,
}

impl Hold {
    pub fn take(map: Arc<Mutex<SeatMap>>, seat: u32, customer: &str) -> Option<Hold> {
        let mut guard = map.lock().ok()?;
        if guard.held.contains_key(&seat) {
            return None;
        }
        guard.held.insert(seat, customer.to_string());
        drop(guard);
        Some(Hold {
            map,
            seat,
            customer: customer.to_string(),
        })
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        let mut guard = match self.map.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        match guard.held.remove(&self.seat) {
            Some(owner) if owner == self.customer => {}
            other => log::error!("seat {} was held by {:?}", self.seat, other),
        }
    }
}
