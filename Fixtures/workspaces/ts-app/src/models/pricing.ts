import { Cart } from "./cart";
//       ^ref Cart

export const TAX_RATE = 0.2;
//           ^def TAX_RATE

export function total(cart: Cart): number {
//              ^def total
//                    ^def cart@total
//                          ^ref Cart
  const net = cart.items.reduce((sum, price) => sum + price, 0);
//      ^def net
//            ^ref cart@total
  return net * (1 + TAX_RATE);
//       ^ref net
//                  ^ref TAX_RATE
}
