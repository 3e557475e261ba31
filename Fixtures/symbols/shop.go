// Package shop keeps carts and prices them.
package shop

import (
	"errors"
	"fmt"
)

// MaxItems is the most a cart holds.
const MaxItems = 10

// Currencies the shop accepts.
const (
	EUR, USD = "EUR", "USD"
	// Default is used when none is given.
	Default = EUR
)

var ErrFull = errors.New("cart is full")

var (
	debug   bool
	lastID  int
)

// ID names a cart.
type ID = string

// Celsius is a temperature.
type Celsius float64

// Cart holds items
// and their owner.
type Cart struct {
	Items       []Item `json:"items"`
	owner, note string
	fmt.Stringer
}

// Item is one line of a cart.
type Item struct {
	Name  string
	Price int
}

// Pricer prices carts.
type Pricer interface {
	Price(c *Cart) (int, error)
	fmt.Stringer
}

type (
	// Discount takes a share off.
	Discount struct{ Percent int }
	Coupon   string
)

// NewCart makes an empty cart.
func NewCart(owner string) *Cart {
	return &Cart{owner: owner}
}

// Add puts an item in the cart.
func (c *Cart) Add(item Item) error {
	if len(c.Items) >= MaxItems {
		return ErrFull
	}
	c.Items = append(c.Items, item)
	return nil
}

func (c Cart) Total() (total int) {
	for _, it := range c.Items {
		total += it.Price
	}
	return
}

func (d Discount) Apply(total int) int { return total * (100 - d.Percent) / 100 }

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func (t *Tax) Rate() float64 { return 0.2 }
