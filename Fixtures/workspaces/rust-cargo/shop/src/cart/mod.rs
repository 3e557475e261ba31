mod item;

pub use self::item::Item;
//                  ^ref Item
use crate::price::with_tax;
//                ^ref with_tax

/// A cart holds the items a customer picked.
#[derive(Debug, Default)]
pub struct Cart {
//         ^def Cart
    pub owner: String,
    items: Vec<Item>,
//             ^ref Item
}

impl Cart {
//   ^ref Cart
    /// An empty cart for `owner`.
    pub fn new(owner: &str) -> Cart {
//         ^def new
//             ^def owner
//                             ^ref Cart
        Cart { owner: owner.to_string(), items: Vec::new() }
//      ^ref Cart
//                    ^ref owner
    }

    pub fn add(&mut self, item: Item) {
//         ^def add
//                        ^def item
//                              ^ref Item
        self.items.push(item);
//                      ^ref item
    }

    pub fn total(&self) -> u32 {
//         ^def total
        let net: u32 = self.items.iter().map(|i| i.price).sum();
//          ^def net
        with_tax(net)
//      ^ref with_tax
//               ^ref net
    }
}
