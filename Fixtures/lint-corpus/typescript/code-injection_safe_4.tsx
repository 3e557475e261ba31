import { useEffect, useState } from 'react';

export function Toast({ message }: { message: string }) {
  const [visible, setVisible] = useState(true);
  const delay = Number(new URLSearchParams(window.location.search).get('delay') ?? '3000');

  useEffect(() => {
    const timer = setTimeout(() => setVisible(false), delay);
    return () => clearTimeout(timer);
  }, [delay]);

  const settings = JSON.parse(window.location.hash.slice(1) || '{}');
  return visible ? <div className={settings.theme === 'dark' ? 'toast dark' : 'toast'}>{message}</div> : null;
}
