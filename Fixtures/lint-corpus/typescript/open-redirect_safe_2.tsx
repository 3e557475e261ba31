import { useEffect } from 'react';
import { useRouter } from 'next/router';

function sameSitePath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) {
    return '/';
  }
  return raw;
}

export default function LoginDone() {
  const router = useRouter();

  useEffect(() => {
    const next = sameSitePath(new URLSearchParams(window.location.search).get('next'));
    router.replace({ pathname: next });
  }, [router]);

  return <p>Signing you in…</p>;
}
