import { useState } from 'react';

export function ShareButton({ url }: { url: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  async function share() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return <button onClick={share}>{copied === false ? 'Copy failed' : 'Copy link'}</button>;
}
