/// One line of a cart.
#[derive(Debug, Clone)]
pub struct Item {
//         ^def Item
    pub name: String,
    pub price: u32,
}
