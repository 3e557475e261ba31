// Preact "continue" screen after checkout: destinations come from a fixed map.
import { useEffect } from 'preact/hooks';

const DESTINATIONS = {
  orders: '/account/orders',
  home: '/',
  survey: 'https://survey.example.com/checkout',
};

export default function Continue({ query }) {
  const key = Object.prototype.hasOwnProperty.call(DESTINATIONS, query.to) ? query.to : 'orders';

  useEffect(() => {
    const timer = setTimeout(() => window.location.assign(DESTINATIONS[key]), 3000);
    return () => clearTimeout(timer);
  }, [key]);

  return (
    <p>
      Thanks for your order. <a href={DESTINATIONS[key]}>Continue</a>
    </p>
  );
}
