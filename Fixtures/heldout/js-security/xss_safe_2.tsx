import DOMPurify from 'dompurify';
import React, { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

type Review = { id: number; author: string; bodyHtml: string };

function ReviewItem({ review }: { review: Review }) {
  const clean = DOMPurify.sanitize(review.bodyHtml, { USE_PROFILES: { html: true } });
  return (
    <li>
      <strong>{review.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </li>
  );
}

export default function ProductReviews({ productId }: { productId: number }) {
  const [reviews, setReviews] = useState<Review[]>([]);
  const [params] = useSearchParams();
  const highlight = params.get('highlight') ?? '';

  useEffect(() => {
    fetch(`/api/products/${productId}/reviews`)
      .then((r) => r.json())
      .then(setReviews);
  }, [productId]);

  return (
    <section>
      {highlight && (
        <p className="banner">
          Showing reviews mentioning <b>{highlight}</b>
        </p>
      )}
      <ul>
        {reviews.map((r) => (
          <ReviewItem key={r.id} review={r} />
        ))}
      </ul>
    </section>
  );
}
