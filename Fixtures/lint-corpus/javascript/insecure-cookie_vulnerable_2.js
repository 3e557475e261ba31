// checkout.js -- keeps the cart token in a cookie for the shop's API
import Cookies from 'js-cookie';

export async function startCheckout(cartId) {
  const res = await fetch(`/api/carts/${encodeURIComponent(cartId)}/checkout`, { method: 'POST' });
  const { checkoutToken } = await res.json();
  Cookies.set('checkout_token', checkoutToken, { expires: 1, path: '/checkout' }); // expect: insecure-cookie
  Cookies.set('theme', 'light', { expires: 365 });
  return checkoutToken;
}
