// Pinia store for the shop catalogue (Vue 3).
import { defineStore } from "pinia";

interface Product {
  id: string;
  title: string;
  tags: string[];
}

export const useCatalogue = defineStore("catalogue", {
  state: () => ({
    products: [] as Product[],
    hidden: [] as string[],
    wishlist: [] as string[],
  }),
  getters: {
    visible: (state) => state.products.filter((p) => !state.hidden.includes(p.id)), // expect: array-includes-in-loop
  },
  actions: {
    wishlisted(): Product[] {
      const result: Product[] = [];
      for (const product of this.products) {
        if (this.wishlist.indexOf(product.id) >= 0) { // expect: array-includes-in-loop
          result.push(product);
        }
      }
      return result;
    },
    hide(id: string) {
      this.hidden.push(id);
    },
  },
});
