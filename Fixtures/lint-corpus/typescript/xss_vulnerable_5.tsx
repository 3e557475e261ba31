import { useEffect, useState } from 'react';

export function Announcement() {
  const [html, setHtml] = useState('');

  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    setHtml(`<strong>${hash}</strong>`);
  }, []);

  return (
    <section className="announcement">
      <div dangerouslySetInnerHTML={{ __html: html }} /> {/* expect: xss */}
    </section>
  );
}

export function Preview({ el }: { el: HTMLElement }) {
  window.addEventListener('message', (event: MessageEvent) => {
    el.innerHTML = event.data.body; // expect: xss
  });
  return null;
}
