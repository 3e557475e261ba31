// Svelte store: a persisted shopping cart.
import { derived, get, writable } from "svelte/store";
import type { Readable } from "svelte/store";

export interface Line {
  sku: string;
  qty: number;
  priceCents: number;
}

const saved = JSON.parse(localStorage.getItem("cart") ?? "[]") as Line[];
export const cart = writable<Line[]>(saved);

cart.subscribe((lines) => localStorage.setItem("cart", JSON.stringify(lines)));

export const totalCents: Readable<number> = derived(cart, (lines) =>
  lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0),
);

export function snapshot(): string {
  const lines = get(cart);
  return `${lines.length} lines, ${get(totalCents)} cents`;
}
