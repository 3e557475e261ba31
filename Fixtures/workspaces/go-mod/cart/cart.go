// Package cart keeps what a customer buys.
package cart

// Cart holds items for an owner.
type Cart struct {
//   ^def Cart
    Owner string
    Items []Item
//          ^ref Item
}

// Item is one line of a cart.
type Item struct {
//   ^def Item
    Name  string
    Price int
}

// New makes an empty cart.
func New(owner string) *Cart {
//   ^def New
//       ^def owner@New
//                      ^ref Cart
    return &Cart{Owner: owner}
//          ^ref Cart
//                      ^ref owner@New
}

// Add puts an item in the cart.
func (c *Cart) Add(item Item) {
//    ^def c@Add
//       ^ref Cart
//                 ^def item@Add
//                      ^ref Item
    c.Items = append(c.Items, item)
//  ^ref c@Add
//                   ^ref c@Add
//                            ^ref item@Add
}
