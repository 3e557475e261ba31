// Broken code still gives a best-effort graph.
const limit: number = 3;
//    ^def limit constant

function clamp(value: number): number {
//             ^def value parameter
  const capped = value > limit ? limit : ;
//      ^def capped constant
//               ^ref value -> value
//                       ^ref limit -> limit
  return capped;
//       ^ref capped -> capped
}

interface Half {
//        ^def Half interface
  field: Half
//       ^ref Half -> Half
