// pages/leaving.tsx -- "you are leaving the app" interstitial (Next.js pages router)
import { useRouter } from 'next/router';
import { useEffect, useState } from 'react';

export default function Leaving() {
  const router = useRouter();
  const dest = typeof router.query.to === 'string' ? router.query.to : '';
  const [remaining, setRemaining] = useState(5);

  useEffect(() => {
    if (!router.isReady || !dest) return undefined;
    if (remaining === 0) {
      window.location.assign(dest); // expect: open-redirect
      return undefined;
    }
    const timer = window.setTimeout(() => setRemaining((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [router.isReady, dest, remaining]);

  function goNow() {
    window.location.href = dest || '/'; // expect: open-redirect
  }

  return (
    <main className="leaving">
      <p>You are leaving the app in {remaining} seconds.</p>
      <button type="button" onClick={goNow}>Continue now</button>
    </main>
  );
}
