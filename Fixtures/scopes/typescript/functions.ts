// Typed, optional, defaulted and destructured parameters; overloads; arrows; imports.
import type { Options } from "./options";
//            ^def Options import ./options:Options
import fs = require("fs");
//     ^def fs import fs
import { read as load } from "./io";
//               ^def load import ./io:read

function parse(text: string): Options;
//       ^def parse@overload function
//             ^def text@overload parameter
function parse(text: string, strict?: boolean, { depth = 1, ...others }: Options = defaults): Options {
//       ^def parse@impl function
//             ^def text parameter
//                           ^def strict parameter
//                                               ^def depth parameter
//                                                             ^def others parameter
//                                                                       ^ref Options -> Options
//                                                                                 ^ref defaults -> unbound
  const result: Options = load(fs, text, strict, depth, others);
//      ^def result constant
//              ^ref Options -> Options
//                        ^ref load -> load
//                             ^ref fs -> fs
//                                 ^ref text -> text
//                                       ^ref strict -> strict
//                                               ^ref depth -> depth
//                                                      ^ref others -> others
  return result;
//       ^ref result -> result
}
parse("x");
// ^ref parse -> parse@impl

const handler = (event: Event, ...rest: unknown[]): void => {
//    ^def handler constant
//               ^def event parameter
//                      ^ref Event -> unbound
//                                ^def rest parameter
  handler(event, ...rest);
//^ref handler -> handler
//        ^ref event -> event
//                  ^ref rest -> rest
};
type Callback = (value: number) => void;
//               ^def value parameter
const value = 1;
//    ^def value@module constant
value;
// ^ref value -> value@module

abstract class Service {
//             ^def Service class
  constructor(private readonly name: string) {}
//                             ^def name parameter
  abstract run(input: string): void;
//             ^def input parameter
  describe() { return this.name; }
//                         ^none name
}

export function make(): Service | undefined {
//              ^def make function
//                      ^ref Service -> Service
  try { return undefined; } catch (error: unknown) { console.log(error); return undefined; }
//                                 ^def error variable
//                                                                ^ref error -> error
}
