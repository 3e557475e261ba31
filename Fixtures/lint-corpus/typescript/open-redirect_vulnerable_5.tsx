import { useEffect } from 'react';

export function AfterLogin() {
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    window.location.href = params.get('redirect') ?? '/'; // expect: open-redirect
  }, []);
  return <p>Signing you in</p>;
}

export function bounce() {
  const target = decodeURIComponent(window.location.hash.slice(1));
  window.location.replace(target); // expect: open-redirect
}
