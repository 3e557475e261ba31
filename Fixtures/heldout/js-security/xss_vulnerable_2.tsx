import React, { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

type Review = { id: number; author: string; bodyHtml: string };

function ReviewItem({ review }: { review: Review }) {
  return (
    <li>
      <strong>{review.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: review.bodyHtml }} /> {/* expect: xss */}
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

  const banner = { __html: `Showing reviews mentioning <b>${highlight}</b>` };
  return (
    <section>
      {highlight && <p className="banner" dangerouslySetInnerHTML={banner} />} {/* expect: xss */}
      <ul>
        {reviews.map((r) => (
          <ReviewItem key={r.id} review={r} />
        ))}
      </ul>
    </section>
  );
}
