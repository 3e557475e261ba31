// Stencil-style review card written as a React component: text nodes and a sanitised bio.
import { useEffect, useState } from 'react';
import DOMPurify from 'dompurify';

export default function ProductReview({ reviewId }) {
  const [review, setReview] = useState(null);

  useEffect(() => {
    fetch(`/api/reviews/${encodeURIComponent(reviewId)}`)
      .then((res) => res.json())
      .then(setReview);
  }, [reviewId]);

  if (!review) {
    return <p>Loading…</p>;
  }
  const bio = DOMPurify.sanitize(review.bioHtml, { ALLOWED_TAGS: ['b', 'i', 'a', 'p'] });
  return (
    <article>
      <header dangerouslySetInnerHTML={{ __html: bio }} />
      <blockquote>{review.body}</blockquote>
      <footer>{review.author}</footer>
    </article>
  );
}
