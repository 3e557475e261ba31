// Firebase Firestore trigger that records moderation decisions for new reviews.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions';
import { classify } from './moderation';

interface Review {
  author: string;
  title: string;
  body: string;
}

export const moderateReview = onDocumentCreated('reviews/{reviewId}', async (event) => {
  const review = event.data?.data() as Review | undefined;
  if (!review) {
    return;
  }
  const verdict = await classify(review.body);
  logger.info('review moderated', { reviewId: event.params.reviewId, verdict });
  await event.data?.ref.update({ verdict });
});
