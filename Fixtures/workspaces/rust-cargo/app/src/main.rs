use shop::cart::Item;
//              ^ref Item
use shop::Cart;
//        ^ref Cart
use shop::price;

fn main() {
// ^def main
    let mut cart = Cart::new("ann");
//          ^def cart
//                 ^ref Cart
    cart.add(Item { name: "tea".to_string(), price: 3 });
//  ^ref cart
//           ^ref Item
    let rate = price::RATE;
//                    ^ref RATE
    println!("{} {}", cart.total(), rate);
//                    ^ref cart
}
