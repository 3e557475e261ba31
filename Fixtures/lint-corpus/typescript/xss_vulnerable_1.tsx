import { useMemo } from 'react';

export function SearchSummary() {
  const query = useMemo(() => new URLSearchParams(window.location.search).get('q') ?? '', []);
  const summary = `<p>Results for <mark>${query}</mark></p>`;

  return (
    <div>
      <div className="summary" dangerouslySetInnerHTML={{ __html: summary }} /> {/* expect: xss */}
    </div>
  );
}

export function renderBanner(target: HTMLElement): void {
  const message = decodeURIComponent(window.location.hash.slice(1));
  target.innerHTML = '<div class="banner">' + message + '</div>'; // expect: xss
}
