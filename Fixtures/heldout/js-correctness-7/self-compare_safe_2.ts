// Apollo Client cache policy: merges paginated comments, comparing existing with incoming.
import { InMemoryCache, type Reference } from '@apollo/client';

interface CommentPage {
  cursor: string | null;
  items: Reference[];
}

export const cache = new InMemoryCache({
  typePolicies: {
    Post: {
      fields: {
        comments: {
          keyArgs: ['order'],
          merge(existing: CommentPage | undefined, incoming: CommentPage, { readField }) {
            if (!existing || existing.cursor === incoming.cursor) {
              return incoming;
            }
            const seen = new Set(existing.items.map((item) => readField<string>('id', item)));
            const fresh = incoming.items.filter((ref) => !seen.has(readField<string>('id', ref)));
            return { cursor: incoming.cursor, items: [...existing.items, ...fresh] };
          },
        },
      },
    },
  },
});
