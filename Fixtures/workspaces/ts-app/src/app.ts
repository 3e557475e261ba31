import { Cart, total as sum } from "./models";
//       ^use Cart
//                      ^use total
import Log from "./logger";
//     ^use Logger

export function checkout(): number {
//              ^def checkout
  const cart = new Cart().add(3);
//      ^def cart@checkout
//                 ^use Cart
  new Log().log("checkout");
//    ^use Logger
  return sum(cart);
//       ^use total
//           ^use cart@checkout
}
