export class Cart {
//           ^def Cart
  items: number[] = [];

  add(price: number): Cart {
//                    ^use Cart
    this.items.push(price);
    return this;
  }
}
