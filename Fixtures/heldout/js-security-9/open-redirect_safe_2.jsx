import { useEffect, useState } from 'react';
import { completeSignIn } from './api/auth';

function returnTarget() {
  const params = new URLSearchParams(window.location.search);
  const target = params.get('return_to') || '/';
  const resolved = new URL(target, window.location.origin);
  if (resolved.origin !== window.location.origin) {
    return '/';
  }
  return resolved.pathname + resolved.search + resolved.hash;
}

export function SsoCallback() {
  const [message, setMessage] = useState('Signing you in...');

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    completeSignIn(params.get('code') || '')
      .then(() => {
        window.location.assign(returnTarget());
      })
      .catch(() => setMessage('Sign-in failed. Please try again.'));
  }, []);

  return (
    <main className="callback">
      <p>{message}</p>
    </main>
  );
}
