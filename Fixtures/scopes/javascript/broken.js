// Broken code still gives a best-effort graph.
const value = 1;
//    ^def value constant

function broken(a) {
//              ^def a@broken parameter
  let total = a + ;
//    ^def total variable
//            ^ref a -> a@broken
  return total + value;
//       ^ref total -> total
//               ^ref value -> value
}

function after(b) {
//             ^def b parameter
  return b + value;
//       ^ref b -> b
//           ^ref value -> value
}

function unfinished(c) {
//       ^def unfinished function
//                  ^def c parameter
  return c +
//       ^ref c -> c
