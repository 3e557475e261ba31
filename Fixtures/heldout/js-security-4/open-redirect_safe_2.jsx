// React component: after checkout the shopper picks where to go next from a fixed set.
import { useNavigate, useSearchParams } from 'react-router-dom';

const NEXT_STEPS = {
  orders: '/account/orders',
  shop: '/shop',
  support: 'https://support.example.com/new-ticket',
};

export default function CheckoutDone() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const chosen = params.get('then');
  const orderId = Number.parseInt(params.get('order') || '', 10);

  const go = () => {
    const target = Object.prototype.hasOwnProperty.call(NEXT_STEPS, chosen) ? NEXT_STEPS[chosen] : '/shop';
    if (target.startsWith('https://')) {
      window.location.assign(target);
    } else {
      navigate(target);
    }
  };

  return (
    <section>
      <h1>Thanks for your order</h1>
      {Number.isInteger(orderId) ? <a href={`/account/orders/${orderId}`}>View order #{orderId}</a> : null}
      <button type="button" onClick={go}>Continue</button>
    </section>
  );
}
