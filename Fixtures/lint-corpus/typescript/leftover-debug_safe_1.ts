import { Logger } from 'pino';

export interface CartLine {
  price: number;
  quantity: number;
}

export function cartTotal(lines: CartLine[], logger: Logger): number {
  const total = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  logger.debug({ total, count: lines.length }, 'cart total');
  return Math.round(total * 100) / 100;
}

export function applyCoupon(total: number, percent: number): number {
  return total * (1 - percent / 100);
}
