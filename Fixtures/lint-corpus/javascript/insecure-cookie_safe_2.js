// checkout.js -- the cart token cookie only travels over HTTPS
import Cookies from 'js-cookie';

export async function startCheckout(cartId) {
  const res = await fetch(`/api/carts/${encodeURIComponent(cartId)}/checkout`, { method: 'POST' });
  const { checkoutToken } = await res.json();
  Cookies.set('checkout_token', checkoutToken, { expires: 1, path: '/checkout', secure: true, sameSite: 'strict' });
  Cookies.set('language', navigator.language);
  return checkoutToken;
}
