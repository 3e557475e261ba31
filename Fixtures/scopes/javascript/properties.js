// Property names are not variables; shorthand properties and JSX components are.
const key = "k";
//    ^def key constant
const value = 1;
//    ^def value constant
const obj = { key: value, value, [key]: 2, method() { return key; } };
//    ^def obj constant
//            ^none key
//                 ^ref value -> value
//                        ^ref value -> value
//                                ^ref key -> key
//                                         ^none method
//                                                           ^ref key -> key
obj.key;
// ^none key
obj?.value.key;
//   ^none value
const { key: local } = obj;
//      ^none key
//           ^def local constant
//                     ^ref obj -> obj
let a = 1, b = 2;
//  ^def a variable
//         ^def b variable
[a, b] = [b, a];
//^ref a -> a
//  ^ref b -> b
({ a, b: obj.key } = { a: b });
// ^ref a -> a
//       ^ref obj -> obj
//           ^none key
//                     ^none a
//                        ^ref b -> b
label: for (;;) { break label; }
//^none label
//                      ^none label

function Button(props) {
//       ^def Button function
//              ^def props parameter
  return <div className={props.name}><Icon kind={value} /><Button.Group /></div>;
//        ^none div
//            ^none className
//                       ^ref props -> props
//                                    ^ref Icon -> unbound
//                                         ^none kind
//                                               ^ref value -> value
//                                                         ^ref Button -> Button
//                                                                ^none Group
}
