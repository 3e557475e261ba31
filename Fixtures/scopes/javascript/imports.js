// ES imports and CommonJS require; re-exports and export aliases are not references.
import React from "react";
//     ^def React import react:default default
import * as path from "node:path";
//          ^def path import node:path
import { readFile, writeFile as write } from "./fs.js";
//       ^def readFile import ./fs.js:readFile
//                 ^none writeFile
//                              ^def write import ./fs.js:writeFile
import Default, { named } from "../lib";
//     ^def Default import ../lib:default default
//                 ^def named import ../lib:named
import "./side-effect.js";

const util = require("./util");
//    ^def util import ./util
const { join, resolve: resolvePath } = require("path");
//      ^def join import path:join
//                     ^def resolvePath import path:resolve
var legacy = require("legacy");
//  ^def legacy import legacy
const notRequire = load("x");
//    ^def notRequire constant

export { util as helpers, join };
//       ^ref util -> util
//                ^none helpers
//                        ^ref join -> join
export { other } from "./other.js";
//       ^none other
export default React;
//             ^ref React -> React

readFile(path.sep, write, Default, named, resolvePath, legacy);
//^ref readFile -> readFile
//       ^ref path -> path
//            ^none sep
//                 ^ref write -> write
//                        ^ref Default -> Default
//                                 ^ref named -> named
//                                        ^ref resolvePath -> resolvePath
//                                                     ^ref legacy -> legacy
