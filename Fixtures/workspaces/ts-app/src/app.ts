import { Cart, total as sum } from "./models";
//       ^ref Cart
//                      ^ref total
import Log from "./logger";
//     ^ref Logger

export function checkout(): number {
//              ^def checkout
  const cart = new Cart().add(3);
//      ^def cart@checkout
//                 ^ref Cart
  new Log().log("checkout");
//    ^ref Logger
  return sum(cart);
//       ^ref total
//           ^ref cart@checkout
}
