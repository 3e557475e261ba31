import { Cart } from "./cart";
//       ^use Cart

export const TAX_RATE = 0.2;
//           ^def TAX_RATE

export function total(cart: Cart): number {
//              ^def total
//                    ^def cart@total
//                          ^use Cart
  const net = cart.items.reduce((sum, price) => sum + price, 0);
//      ^def net
//            ^use cart@total
  return net * (1 + TAX_RATE);
//       ^use net
//                  ^use TAX_RATE
}
