import { useEffect } from 'react';
import { useRouter } from 'next/router';

export default function LoginDone() {
  const router = useRouter();

  useEffect(() => {
    const next = new URLSearchParams(window.location.search).get('next') ?? '/';
    window.location.replace(next); // expect: open-redirect
  }, []);

  const goBack = () => {
    const back = document.referrer || window.location.hash.slice(1);
    window.location.href = back; // expect: open-redirect
  };

  return (
    <button type="button" onClick={goBack} disabled={!router.isReady}>
      Back
    </button>
  );
}
