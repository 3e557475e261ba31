'use client';
import DOMPurify from 'dompurify';
import { useSearchParams } from 'next/navigation';

export function listenForLabels(target: HTMLElement) {
  window.addEventListener('message', (event: MessageEvent) => {
    target.textContent = String(event.data.label);
  });
}

export default function Bio() {
  const searchParams = useSearchParams();
  const bio = DOMPurify.sanitize(searchParams.get('bio') ?? '');
  return (
    <article>
      <h1>{searchParams.get('title')}</h1>
      <section dangerouslySetInnerHTML={{ __html: bio }} />
    </article>
  );
}
