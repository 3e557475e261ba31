// Command shop prices a cart.
package main

import (
    "fmt"

    "example.com/shop/cart"
    pricing "example.com/shop/internal/price"
)

func main() {
//   ^def main
    c := cart.New("ann")
//  ^def c@main
//            ^ref New
    c.Add(cart.Item{Name: "tea", Price: 3})
//  ^ref c@main
//             ^ref Item
    fmt.Println(report(c), pricing.WithTax(cart.Total(c)))
//              ^ref report
//                     ^ref c@main
//                                 ^ref WithTax
//                                              ^ref Total
//                                                    ^ref c@main
}
