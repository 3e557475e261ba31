export class Cart {
//           ^def Cart
  items: number[] = [];

  add(price: number): Cart {
//                    ^ref Cart
    this.items.push(price);
    return this;
  }
}
