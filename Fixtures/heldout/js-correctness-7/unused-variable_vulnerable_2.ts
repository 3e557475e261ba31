// Zustand store for the cart drawer, persisted to localStorage.
import { create } from 'zustand';
import { persist, createJSONStorage, devtools } from 'zustand/middleware'; // expect: unused-variable

export interface CartLine {
  sku: string;
  quantity: number;
  price: number;
}

interface CartState {
  lines: CartLine[];
  add: (line: CartLine) => void;
  remove: (sku: string) => void;
  total: () => number;
}

export const useCart = create<CartState>()(
  persist(
    (set, get) => ({
      lines: [],
      add: (line) => {
        const previous = get().lines; // expect: unused-variable
        set((state) => ({ lines: [...state.lines.filter((l) => l.sku !== line.sku), line] }));
      },
      remove: (sku) => set((state) => ({ lines: state.lines.filter((l) => l.sku !== sku) })),
      total: () => get().lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
    }),
    { name: 'cart', storage: createJSONStorage(() => localStorage) }
  )
);
