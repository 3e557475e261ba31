// Values in type positions and types in value positions.
const config = { port: 8080 };
//    ^def config constant
type Config = typeof config;
//   ^def Config type
//                   ^ref config -> config
type Key = keyof Config;
//   ^def Key type
//               ^ref Config -> Config
function read<K extends Key>(key: K): Config[K] {
//       ^def read function
//            ^def K type_parameter
//                      ^ref Key -> Key
//                           ^def key parameter
//                                ^ref K -> K
//                                    ^ref Config -> Config
//                                           ^ref K -> K
  return config[key] as Config[K];
//       ^ref config -> config
//              ^ref key -> key
//                      ^ref Config -> Config
}
function isKey(value: unknown): value is Key {
//       ^def isKey function
//             ^def value parameter
//                              ^ref value -> value
//                                       ^ref Key -> Key
  return read<Key>("port" as Key) !== undefined;
//       ^ref read -> read
//            ^ref Key -> Key
}
const make = function build(n: number): Config { return n ? build(n - 1) : config; };
//    ^def make constant
//                    ^def build function
//                                                          ^ref build -> build
build(1);
// ^ref build -> unbound
let later: Later;
//         ^ref Later -> Later
class Later { static of = isKey; }
//    ^def Later class
//                        ^ref isKey -> isKey
