import showdown from 'showdown';
import { useEffect, useState } from 'react';
import { fetchReviews, Review } from './api/reviews';

const converter = new showdown.Converter({ tables: true, simplifiedAutoLink: true });

export function ReviewList({ productId }: { productId: string }) {
  const [reviews, setReviews] = useState<Review[]>([]);

  useEffect(() => {
    fetchReviews(productId).then(setReviews);
  }, [productId]);

  return (
    <section className="reviews">
      {reviews.map((review) => (
        <article key={review.id}>
          <h4>{review.author}</h4>
          <div dangerouslySetInnerHTML={{ __html: converter.makeHtml(review.body) }} /> {/* expect: xss */}
        </article>
      ))}
    </section>
  );
}
