// Destructuring declarations, class expressions, exports, arguments and globals.
const list = [1, 2, 3];
//    ^def list constant
const [head, , third = head, ...tail] = list;
//     ^def head constant
//             ^def third constant
//                     ^ref head -> head
//                              ^def tail constant
//                                      ^ref list -> list
let { a: { b: deep }, c = tail } = {};
//         ^none b
//            ^def deep variable
//                    ^def c variable
//                        ^ref tail -> tail
export const exported = deep + c + third;
//           ^def exported constant
//                      ^ref deep -> deep
//                             ^ref c -> c
export default function main() { return exported; }
//                      ^def main function
//                                      ^ref exported -> exported

const Shape = class Inner {
//    ^def Shape constant
//                  ^def Inner class
  clone() { return new Inner(); }
//                     ^ref Inner -> Inner
};
new Inner();
//  ^ref Inner -> unbound

function variadic() {
//       ^def variadic function
  return arguments.length + window.innerWidth;
//       ^ref arguments -> unbound
//                          ^ref window -> unbound
}
for await (const chunk of stream()) { chunk; }
//               ^def chunk constant
//                                    ^ref chunk -> chunk
main(variadic);
// ^ref main -> main
//   ^ref variadic -> variadic
