import { helper } from './helper.js';

const API_URL = 'https://example.test';
let counter = 0;
var legacy = true;

export const handler = async (event) => {
  const inner = () => event;
  return inner();
};

export function render(items) {
  return items.map((item) => `<li>${item}</li>`).join('');
}

function* ids() { yield counter++; }

class Store {
  #secret = 1;
  static count = 0;
  constructor(name) { this.name = name; }
  get size() { return 0; }
  add(item) { return item; }
}

const Widget = class { draw() {} };

module.exports.make = function () { return new Store('x'); };

export default Store;

// Named function expressions, object literal methods and prototype assignments.
const sorted = items.map(function byPrice(item) { return item.price; });
const handlers = {
  warn: function () {},
  load: () => null,
};
Cart.prototype.clear = clearCart;

/**
 * Adds two prices.
 * @param {number} a
 */
export function addPrices(a, b) {
  return a + b;
}

class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }
}
