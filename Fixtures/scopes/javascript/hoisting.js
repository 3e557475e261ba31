// var and function declarations belong to the function; let, const and class to the block.
function outer() {
  early();
//^ref early -> early
  console.log(hoisted);
//^ref console -> unbound
//            ^ref hoisted -> hoisted
  if (true) {
    var hoisted = 1;
//      ^def hoisted variable
    let blocky = 2;
//      ^def blocky@if variable
    const fixed = 3;
//        ^def fixed constant
    class Local {}
//        ^def Local class
    function early() {}
//           ^def early function
    blocky = fixed + new Local().x;
//  ^ref blocky -> blocky@if
//           ^ref fixed -> fixed
//                       ^ref Local -> Local
  }
  return blocky + hoisted;
//       ^ref blocky -> unbound
//                ^ref hoisted -> hoisted
}

for (let i = 0; i < 3; i++) {
//       ^def i@for variable
//              ^ref i -> i@for
//                     ^ref i -> i@for
  setTimeout(() => i);
//                 ^ref i -> i@for
}
i;
// ^ref i -> unbound

for (var j = 0; j < 3; j++) {}
//       ^def j variable
j;
// ^ref j -> j

for (const item of [1, 2]) {
//         ^def item@of constant
  item;
//^ref item -> item@of
}
for (var key in {}) {}
//       ^def key variable
key;
// ^ref key -> key
let target;
//  ^def target variable
for (target of []) {}
//   ^ref target -> target

try {
  risky();
} catch ({ message, code: errorCode }) {
//         ^def message variable
//                        ^def errorCode variable
  message + errorCode;
//^ref message -> message
//          ^ref errorCode -> errorCode
}
message;
// ^ref message -> unbound

switch (1) {
  case 1:
    let inSwitch = 1;
//      ^def inSwitch variable
    inSwitch;
//  ^ref inSwitch -> inSwitch
}

let rebound = 1;
//  ^def rebound@first variable
{
  let rebound = rebound + 1;
//    ^def rebound@inner variable
//              ^ref rebound -> rebound@inner
}
