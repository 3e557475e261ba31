'use client';
import { useSearchParams } from 'next/navigation';

export function listenForLabels(target: HTMLElement) {
  window.addEventListener('message', (event: MessageEvent) => {
    target.outerHTML = `<span class="label">${event.data.label}</span>`; // expect: xss
  });
}

export default function Bio() {
  const searchParams = useSearchParams();
  const bio = searchParams.get('bio') ?? '';
  document.body.insertAdjacentHTML('afterbegin', `<header>${searchParams.get('title')}</header>`); // expect: xss
  return <article dangerouslySetInnerHTML={{ __html: bio }} />; // expect: xss
}
