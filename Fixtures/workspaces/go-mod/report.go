package main

import (
    "strings"

    "example.com/shop/cart"
)

// report describes a cart; main calls it from the other file of the package.
func report(c *cart.Cart) string {
//   ^def report
//                  ^ref Cart
    return strings.ToUpper(c.Owner) + banner
//                                    ^ref banner
}

const banner = "!"
//    ^def banner
