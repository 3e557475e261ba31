// Zustand store for the cart drawer, persisted and visible in devtools.
import { create } from 'zustand';
import { persist, createJSONStorage, devtools } from 'zustand/middleware';

export interface CartLine {
  sku: string;
  quantity: number;
  price: number;
}

interface CartState {
  lines: CartLine[];
  lastRemoved: CartLine | null;
  add: (line: CartLine) => void;
  remove: (sku: string) => void;
  total: () => number;
}

export const useCart = create<CartState>()(
  devtools(
    persist(
      (set, get) => ({
        lines: [],
        lastRemoved: null,
        add: (line) => set((state) => ({ lines: [...state.lines.filter((l) => l.sku !== line.sku), line] })),
        remove: (sku) => {
          const removed = get().lines.find((l) => l.sku === sku) ?? null;
          set((state) => ({ lines: state.lines.filter((l) => l.sku !== sku), lastRemoved: removed }));
        },
        total: () => get().lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
      }),
      { name: 'cart', storage: createJSONStorage(() => localStorage) }
    )
  )
);
