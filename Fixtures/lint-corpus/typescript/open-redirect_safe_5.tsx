import { useEffect } from 'react';

export function AfterLogin() {
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const target = new URL(params.get('redirect') ?? '/', window.location.origin);
    if (target.origin === window.location.origin) {
      window.location.assign(target.pathname);
    }
  }, []);
  return <p>Signing you in</p>;
}

export function openOrder(id: string) {
  window.location.assign('/orders/' + encodeURIComponent(id));
}
