import DOMPurify from 'dompurify';
import { useState } from 'react';

export default function Announcement({ markdownHtml }) {
  const [message] = useState(() => new URLSearchParams(window.location.search).get('message') || '');
  const clean = DOMPurify.sanitize(markdownHtml);

  return (
    <section>
      <p className="banner">{message}</p>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </section>
  );
}
