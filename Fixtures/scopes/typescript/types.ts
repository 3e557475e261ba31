// Type names resolve to interfaces, type aliases, classes, enums and type parameters in scope.
interface Point<T> extends Base {
//        ^def Point interface
//              ^def T@point type_parameter
//                         ^ref Base -> Base
  x: T;
//^none x
//   ^ref T -> T@point
  move(by: Vector): Point<T>;
//^none move
//     ^def by parameter
//         ^ref Vector -> Vector
//                  ^ref Point -> Point
}
interface Base {}
//        ^def Base interface

type Vector = [number, number];
//   ^def Vector type
type Pair<A> = { first: A; second: Unknown; nested: ns.Inner };
//   ^def Pair type
//        ^def A type_parameter
//                      ^ref A -> A
//                                 ^ref Unknown -> unbound
//                                                  ^ref ns -> ns
//                                                     ^none Inner
namespace ns { export type Inner = number; }
//        ^def ns namespace

enum Color { Red, Green = Red }
//   ^def Color enum
//           ^none Red

class Shape<T> implements Point<T> {
//    ^def Shape class
//          ^def T@shape type_parameter
//                        ^ref Point -> Point
//                              ^ref T -> T@shape
  x!: T;
//    ^ref T -> T@shape
  color: Color = Color.Red;
//^none color
//       ^ref Color -> Color
//                     ^none Red
  move<U extends T>(by: Vector, extra?: U): Point<T> {
//     ^def U type_parameter
//               ^ref T -> T@shape
//                  ^def by@move parameter
//                              ^def extra parameter
//                                      ^ref U -> U
    return this;
  }
}

let shape: Shape<string> = new Shape();
//  ^def shape variable
//         ^ref Shape -> Shape
//                             ^ref Shape -> Shape
type Unwrap<P> = P extends Promise<infer R> ? R : never;
//          ^def P type_parameter
//               ^ref P -> P
//                                       ^def R type_parameter
//                                            ^ref R -> R
type Keys<O> = { [K in keyof O]: K };
//                ^def K type_parameter
//                                ^ref K -> K
T;
// ^ref T -> unbound
