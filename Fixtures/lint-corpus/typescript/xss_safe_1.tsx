import DOMPurify from 'dompurify';
import { useMemo } from 'react';

export function SearchSummary({ articleHtml }: { articleHtml: string }) {
  const query = useMemo(() => new URLSearchParams(window.location.search).get('q') ?? '', []);
  const clean = DOMPurify.sanitize(articleHtml);

  return (
    <div>
      <p className="summary">
        Results for <mark>{query}</mark>
      </p>
      <article dangerouslySetInnerHTML={{ __html: clean }} />
    </div>
  );
}

export function renderBanner(target: HTMLElement): void {
  const message = decodeURIComponent(window.location.hash.slice(1));
  target.textContent = message;
}
