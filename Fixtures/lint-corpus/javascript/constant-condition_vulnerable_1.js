// checkout.js - shipping rules of a small shop, with a few conditions that never change
const shop = {
  country: "DE",
  items: [],
  get needsCustoms() {
    return this.country !== "DE" || "AT"; // expect: constant-condition
  },
  shippingCost(method) {
    if (method === "express" || "overnight") return 14.9; // expect: constant-condition
    return this.items.length > 3 ? 0 : 4.9;
  },
  async submit(api) {
    const res = await api.post("/checkout", { items: this.items });
    if (!res.ok || 0) { // expect: constant-condition
      throw new Error(`checkout failed: ${res.status}`);
    }
    const verbose = false;
    if (verbose && res.status === 201) { // expect: constant-condition
      res.created = true;
    }
    return res;
  },
};

module.exports = shop;
