import { useEffect, useState } from 'react';
import { fetchReviews } from './api/reviews';

function Paragraphs({ text }) {
  return text.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

export function ReviewList({ productId }) {
  const [reviews, setReviews] = useState([]);

  useEffect(() => {
    fetchReviews(productId).then(setReviews);
  }, [productId]);

  return (
    <section className="reviews">
      {reviews.map((review) => (
        <article key={review.id}>
          <h4>{review.author}</h4>
          <Paragraphs text={review.body} />
        </article>
      ))}
    </section>
  );
}
