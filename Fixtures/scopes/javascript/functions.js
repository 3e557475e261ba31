// Functions, arrows and methods: parameters with destructuring, defaults and rest; closures.
const base = 10;
//    ^def base@module constant

function add(a, {b, c: renamed = base}, [d, ...more], e = a, ...rest) {
//       ^def add function
//           ^def a parameter
//               ^def b parameter
//                     ^def renamed parameter
//                               ^ref base -> base@module
//                                        ^def d parameter
//                                              ^def more parameter
//                                                    ^def e parameter
//                                                        ^ref a -> a
//                                                              ^def rest parameter
  return a + b + renamed + d + more.length + e + rest.length + c;
//       ^ref a -> a
//           ^ref b -> b
//               ^ref renamed -> renamed
//                         ^ref d -> d
//                             ^ref more -> more
//                                  ^none length
//                                                              ^ref c -> unbound
}

const twice = x => add(x, x);
//    ^def twice constant
//            ^def x@twice parameter
//                 ^ref add -> add
//                     ^ref x -> x@twice

const counter = (start = base) => {
//               ^def start parameter
//                       ^ref base -> base@module
  let count = start;
//    ^def count variable
//            ^ref start -> start
  return () => ++count;
//               ^ref count -> count
};

const named = function inner(n) {
//    ^def named constant
//                     ^def inner function
  return n ? inner(n - 1) : named;
//           ^ref inner -> inner
//                          ^ref named -> named
};
named(inner);
//    ^ref inner -> unbound


function shadow(base) {
//              ^def base@param parameter
  const inside = () => {
    const base = 1;
//        ^def base@arrow constant
    return base;
//         ^ref base -> base@arrow
  };
  return base + inside();
//       ^ref base -> base@param
}

class Shape {
//    ^def Shape class
  constructor(size) {
//            ^def size parameter
    this.size = size;
//       ^none size
//              ^ref size -> size
  }
  area(scale = base) {
//^none area
//     ^def scale parameter
//             ^ref base -> base@module
    return this.size * scale * Shape.unit;
//                     ^ref scale -> scale
//                             ^ref Shape -> Shape
  }
  static unit = base;
//              ^ref base -> base@module
}

function* gen(limit) {
//        ^def gen function
//            ^def limit parameter
  yield limit;
//      ^ref limit -> limit
}
