// Pinia store for the shop catalogue (Vue 3).
import { defineStore } from "pinia";

interface Product {
  id: string;
  title: string;
}

export const useCatalogue = defineStore("catalogue", {
  state: () => ({
    products: [] as Product[],
    hidden: new Set<string>(),
    query: "",
  }),
  getters: {
    visible: (state) => state.products.filter((p) => !state.hidden.has(p.id)),
    matching: (state) =>
      state.products.filter((p) => p.title.toLowerCase().includes(state.query.toLowerCase())),
  },
  actions: {
    hide(id: string) {
      this.hidden.add(id);
    },
  },
});
