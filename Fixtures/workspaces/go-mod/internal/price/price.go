package price

const rate = 20
//    ^def rate

// WithTax adds the tax to an amount.
func WithTax(amount int) int {
//   ^def WithTax
//           ^def amount
    return amount + amount*rate/100
//         ^ref amount
//                  ^ref amount
//                         ^ref rate
}
