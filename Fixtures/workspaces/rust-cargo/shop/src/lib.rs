//! A small shop: carts of priced items.
pub mod cart;
pub mod price;

pub use cart::Cart;
//            ^ref Cart
