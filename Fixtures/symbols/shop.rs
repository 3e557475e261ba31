//! A shop's carts.
use std::collections::HashMap;

/// The most a cart holds.
pub const MAX_ITEMS: usize = 10;
static GREETING: &str = "hello";

/// A cart of priced items.
#[derive(Debug, Default)]
pub struct Cart {
    /// Who the cart belongs to.
    pub owner: String,
    items: Vec<Item>,
}

/// One line of a cart.
#[derive(Debug, Clone)]
pub struct Item(pub String, pub u32);

/// How an order stands.
pub enum Status {
    Open,
    Paid { amount: u32 },
    Cancelled(String),
}

/// Things that have a price.
pub trait Priced {
    /// The price, in cents.
    fn price(&self) -> u32;
    fn currency(&self) -> &str {
        "EUR"
    }
}

pub type Prices = HashMap<String, u32>;

impl Cart {
    /// An empty cart for `owner`.
    pub fn new(owner: &str) -> Self {
        Cart { owner: owner.to_string(), items: Vec::new() }
    }

    pub fn add(&mut self, item: Item) -> Result<(), String> {
        if self.items.len() >= MAX_ITEMS {
            return Err(format!("{} is full", self.owner));
        }
        self.items.push(item);
        Ok(())
    }
}

impl Priced for Cart {
    fn price(&self) -> u32 {
        self.items.iter().map(|i| i.1).sum()
    }
}

pub mod tax {
    pub fn with_tax<T: Into<u32>>(net: T) -> u32 {
        net.into() * 120 / 100
    }
}

macro_rules! cents {
    ($e:expr) => {
        $e * 100
    };
}

fn main() {
    let mut cart = Cart::new("ann");
    cart.add(Item("tea".into(), cents!(3))).unwrap();
    println!("{} {}", GREETING, cart.price());
}
