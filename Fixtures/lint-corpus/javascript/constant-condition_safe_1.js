// checkout.js - the same rules written out, and validators that return true or a message
const shop = {
  country: "DE",
  items: [],
  get needsCustoms() {
    return this.country !== "DE" && this.country !== "AT";
  },
  shippingCost(method) {
    if (method === "express" || method === "overnight") return 14.9;
    return this.items.length > 3 ? 0 : 4.9;
  },
  async submit(api, verbose) {
    const res = await api.post("/checkout", { items: this.items });
    if (!res.ok) {
      throw new Error(`checkout failed: ${res.status}`);
    }
    let quiet = false;
    if (verbose && !quiet && res.status === 201) {
      quiet = true;
    }
    return res;
  },
};

const rules = {
  name: (v) => v.trim().length > 0 || "name required",
  age: (v) => Number(v) >= 16 || "you must be 16 or older",
};

module.exports = { shop, rules };
