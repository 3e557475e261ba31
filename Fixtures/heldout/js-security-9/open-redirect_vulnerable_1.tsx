import { useEffect, useState } from 'react';
import { completeSignIn } from './api/auth';

function returnTarget(): string {
  const params = new URLSearchParams(window.location.search);
  return params.get('return_to') ?? '/';
}

export function SsoCallback() {
  const [message, setMessage] = useState('Signing you in...');

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    completeSignIn(params.get('code') ?? '')
      .then(() => {
        window.location.assign(returnTarget()); // expect: open-redirect
      })
      .catch(() => setMessage('Sign-in failed. Please try again.'));
  }, []);

  return (
    <main className="callback">
      <p>{message}</p>
    </main>
  );
}
