// Firebase Firestore trigger that records moderation decisions for new reviews.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions';
import { classify } from './moderation';

interface Review {
  author: string;
  title: string;
  body: string;
}

function summary(review: Review, verdict: string): string {
  return `review "${review.title}" by ${review.author} -> ${verdict}`;
}

export const moderateReview = onDocumentCreated('reviews/{reviewId}', async (event) => {
  const review = event.data?.data() as Review | undefined;
  if (!review) {
    return;
  }
  const verdict = await classify(review.body);
  logger.info(summary(review, verdict)); // expect: log-injection
  await event.data?.ref.update({ verdict });
});
