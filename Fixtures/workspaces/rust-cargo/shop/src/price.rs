/// The tax rate, in percent.
pub const RATE: u32 = 20;
//        ^def RATE

/// A net price with tax added.
pub fn with_tax(net: u32) -> u32 {
//     ^def with_tax
//              ^def net@param
    net + net * RATE / 100
//  ^ref net@param
//        ^ref net@param
//              ^ref RATE
}
