// JSX in TypeScript: components are references, HTML tags and attribute names are not.
import { Icon } from "./icon";
//       ^def Icon import ./icon:Icon

interface Props { label: string; }
//        ^def Props interface

export function Button({ label }: Props) {
//              ^def Button function
//                       ^def label parameter
//                                ^ref Props -> Props
  const Group = Button;
//      ^def Group constant
  return (
    <div title={label}>
//   ^none div
//       ^none title
//              ^ref label -> label
      <Icon size={2} />
//     ^ref Icon -> Icon
//          ^none size
      <Group label={label}></Group>
//     ^ref Group -> Group
//                  ^ref label -> label
//                            ^ref Group -> Group
      <Button.Item />
//     ^ref Button -> Button
//            ^none Item
      <Missing />
//     ^ref Missing -> unbound
    </div>
//    ^none div
  );
}
