//! Rate-limit bookkeeping shared by the gateway's middleware.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

pub struct Bucket {
    tokens: f64,
    updated: Instant,
}

pub struct Limiter {
    per_second: f64,
    burst: f64,
    buckets: RwLock<HashMap<String, Bucket>>,
}

impl Limiter {
    pub fn from_spec(spec: &str) -> Limiter {
        let (rate, burst) = spec.split_once('/').unwrap_or((spec, spec));
        Limiter {
            per_second: rate.parse().expect("rate must be a number"), // expect: unwrap-in-library
            burst: burst.parse().unwrap(), // expect: unwrap-in-library
            buckets: RwLock::new(HashMap::new()),
        }
    }

    pub fn allow(&self, client: &str) -> bool {
        let now = Instant::now();
        let mut map = self.buckets.write().unwrap(); // expect: unwrap-in-library
        let b = map.entry(client.to_string()).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let elapsed = now.duration_since(b.updated).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_second).min(self.burst);
        b.updated = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    pub fn retry_after(&self) -> Duration {
        Duration::from_secs_f64(1.0 / self.per_second.max(0.001))
    }
}
