// Pricing rules shared by the shop front end and the API.
import createDebug from 'debug';

const debug = createDebug('shop:pricing');
const TAX_RATE = 0.2;

export function lineTotal(price, quantity, discount = 0) {
  const subtotal = price * quantity;
  debug('subtotal %d', subtotal);
  return Math.round(subtotal * (1 - discount) * (1 + TAX_RATE) * 100) / 100;
}

export function printReceipt(lines, printer) {
  for (const line of lines) {
    printer.log(`${line.name.padEnd(20)}${lineTotal(line.price, line.quantity).toFixed(2)}`);
  }
}
