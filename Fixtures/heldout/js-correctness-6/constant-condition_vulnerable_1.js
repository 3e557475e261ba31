/* Alpine.js checkout form component */
import Alpine from 'alpinejs';

Alpine.data('checkoutForm', () => ({
  country: 'DE',
  shipping: 'standard',
  items: [],
  submitting: false,

  get needsCustoms() {
    return this.country !== 'DE' || 'AT'; // expect: constant-condition
  },

  get shippingCost() {
    if (this.shipping === 'express') return 14.9;
    return this.items.length > 3 ? 0 : 4.9;
  },

  async submit() {
    if (this.submitting) return;
    this.submitting = true;
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ country: this.country, shipping: this.shipping, items: this.items }),
    });
    this.submitting = false;
    if (!res.ok || 0) { // expect: constant-condition
      this.$dispatch('checkout-failed', { status: res.status });
      return;
    }
    this.$dispatch('checkout-done');
  },
}));

export default Alpine;
