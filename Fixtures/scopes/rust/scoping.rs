// Items, let shadowing, patterns and the scopes of blocks, closures and match arms.
use std::collections::HashMap;
//                    ^def HashMap import std::collections:HashMap
use crate::shop::{Cart, Item as Line};
//                ^def Cart import crate::shop:Cart
//                              ^def Line import crate::shop:Item
mod tax;
//  ^def tax import tax

const LIMIT: u32 = 10;
//    ^def LIMIT constant

fn scale(x: u32, (lo, hi): (u32, u32)) -> u32 {
// ^def scale function
//       ^def x@param parameter
//                ^def lo parameter
//                    ^def hi parameter
    let x = x * 2;
//      ^def x@double variable
//          ^ref x -> x@param
    let y = helper(x) + LIMIT;
//      ^def y variable
//          ^ref helper -> helper
//                 ^ref x -> x@double
//                      ^ref LIMIT -> LIMIT
    if let Some(z) = lookup(y) {
//              ^def z variable
//                          ^ref y -> y
        return z + lo;
//             ^ref z -> z
//                 ^ref lo -> lo
    }
    let add = |a: u32, b| a + b + hi;
//      ^def add variable
//             ^def a parameter
//                     ^def b parameter
//                        ^ref a -> a
//                            ^ref b -> b
//                                ^ref hi -> hi
    match y {
        0 => add(x, 1),
//           ^ref add -> add
        n if n > LIMIT => n,
//      ^def n variable
//           ^ref n -> n
        _ => hi,
    }
}

fn helper(v: u32) -> u32 {
// ^def helper function
    for (i, item) in [1, 2].iter().enumerate() {
//       ^def i variable
//          ^def item variable
        if i > 1 { return *item + v; }
//         ^ref i -> i
//                         ^ref item -> item
    }
    v
}

fn lookup(key: u32) -> Option<u32> {
// ^def lookup function
//        ^def key parameter
    let mut cache: HashMap<u32, Line> = HashMap::new();
//          ^def cache variable
//                 ^ref HashMap -> HashMap
//                              ^ref Line -> Line
//                                      ^ref HashMap -> HashMap
    let Point { x, y: _ } = origin();
//              ^def x@field variable
    cache.get(&key).map(|_| x + tax::RATE)
//  ^ref cache -> cache
//             ^ref key -> key
//                          ^ref x -> x@field
//                              ^ref tax -> tax
//                                   ^none RATE
}
