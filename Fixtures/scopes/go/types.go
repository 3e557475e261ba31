// Types, methods, struct literals, generics and imports.
package shop

import (
    "database/sql"
//            ^def sql import database/sql
    str "strings"
//  ^def str import strings
    "gopkg.in/yaml.v3"
//            ^def yaml import gopkg.in/yaml.v3
    _ "embed"
)

type Cart struct {
//   ^def Cart struct
    owner string
//  ^none owner
    db    *sql.DB
//         ^ref sql -> sql
//             ^none DB
}

type Store interface {
//   ^def Store interface
    Find(id string) (*Cart, error)
//  ^none Find
//                    ^ref Cart -> Cart
}

type ID = string
//   ^def ID type

type Pair[K comparable, V any] struct {
//   ^def Pair struct
//        ^def K type_parameter
//                      ^def V type_parameter
    key K
//      ^ref K -> K
    val V
//      ^ref V -> V
}

func (c *Cart) Owner(upper bool) string {
//    ^def c parameter
//       ^ref Cart -> Cart
//             ^none Owner
//                   ^def upper parameter
    if upper {
//     ^ref upper -> upper
        return str.ToUpper(c.owner)
//             ^ref str -> str
//                 ^none ToUpper
//                         ^ref c -> c
//                           ^none owner
    }
    return c.owner
}

func NewCart(owner string, db *sql.DB) *Cart {
//   ^def NewCart function
//           ^def owner@param parameter
    return &Cart{owner: owner, db: db}
//          ^ref Cart -> Cart
//               ^none owner
//                      ^ref owner -> owner@param
    var _ ID = yaml.Marshal
//             ^ref yaml -> yaml
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
//   ^def Keys function
//        ^def M type_parameter
//                    ^def K@keys type_parameter
//                                         ^def m parameter
//                                           ^ref M -> M
    keys := make([]K, 0, len(m))
//  ^def keys variable
//                 ^ref K -> K@keys
    index := map[K]int{Red: 1}
//                     ^ref Red -> unbound
    _ = index
    return keys
//         ^ref keys -> keys
}
