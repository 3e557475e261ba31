import React from 'react';
import { navigate } from 'gatsby';

const DESTINATIONS = {
  pricing: '/pricing/',
  docs: '/docs/getting-started/',
  contact: '/contact/',
};

export default function ThanksPage({ location }) {
  const params = new URLSearchParams(location.search);
  const key = params.get('next');
  const target = Object.prototype.hasOwnProperty.call(DESTINATIONS, key) ? DESTINATIONS[key] : '/';

  React.useEffect(() => {
    const timer = setTimeout(() => navigate(target), 3000);
    return () => clearTimeout(timer);
  }, [target]);

  return (
    <main>
      <h1>Thanks for signing up!</h1>
      <p>
        Taking you on in a moment, or <a href={target}>continue now</a>.
      </p>
    </main>
  );
}
