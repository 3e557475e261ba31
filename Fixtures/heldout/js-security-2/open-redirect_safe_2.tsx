// pages/leaving.tsx -- interstitial that only leaves for partner sites on the list
import { useRouter } from 'next/router';
import { useEffect, useState } from 'react';

const PARTNERS: Record<string, string> = {
  docs: 'https://docs.example.com/',
  status: 'https://status.example.com/',
  community: 'https://community.example.com/',
};

export default function Leaving() {
  const router = useRouter();
  const key = typeof router.query.to === 'string' ? router.query.to : '';
  const dest = Object.hasOwn(PARTNERS, key) ? PARTNERS[key] : null;
  const [remaining, setRemaining] = useState(5);

  useEffect(() => {
    if (!router.isReady || dest === null) return undefined;
    if (remaining === 0) {
      window.location.assign(dest);
      return undefined;
    }
    const timer = window.setTimeout(() => setRemaining((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [router.isReady, dest, remaining]);

  function goNow() {
    const page = Number.parseInt(String(router.query.page ?? '1'), 10);
    window.location.href = dest ?? `/articles?page=${Number.isNaN(page) ? 1 : page}`;
  }

  return (
    <main className="leaving">
      <p>You are leaving the app in {remaining} seconds.</p>
      <button type="button" onClick={goNow}>Continue now</button>
    </main>
  );
}
