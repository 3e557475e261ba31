// Svelte store: a persisted shopping cart.
import { derived, get, writable } from "svelte/store"; // expect: unused-variable

export interface Line {
  sku: string;
  qty: number;
  priceCents: number;
}

const saved = JSON.parse(localStorage.getItem("cart") ?? "[]") as Line[];
export const cart = writable<Line[]>(saved);

cart.subscribe((lines) => localStorage.setItem("cart", JSON.stringify(lines)));

export const totalCents = derived(cart, (lines) => lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0));

export function add(sku: string, priceCents: number): void {
  cart.update((lines) => {
    const previous = lines.length; // expect: unused-variable
    const existing = lines.find((l) => l.sku === sku);
    if (existing) {
      return lines.map((l) => (l.sku === sku ? { ...l, qty: l.qty + 1 } : l));
    }
    return [...lines, { sku, qty: 1, priceCents }];
  });
}
