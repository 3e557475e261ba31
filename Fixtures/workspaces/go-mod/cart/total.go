package cart

// Total is the sum of the prices in the cart.
func Total(c *Cart) int {
//   ^def Total
//         ^def c@Total
//            ^ref Cart
    sum := 0
//  ^def sum
    for _, it := range c.Items {
//         ^def it
//                     ^ref c@Total
        sum += it.Price
//      ^ref sum
//             ^ref it
    }
    return sum
//         ^ref sum
}
