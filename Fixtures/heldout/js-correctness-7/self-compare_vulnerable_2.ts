// Apollo Client cache policy: merges paginated comments, dropping duplicates.
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
            if (!existing || incoming.cursor === incoming.cursor) { // expect: self-compare
              return incoming;
            }
            const items = [...existing.items];
            for (const ref of incoming.items) {
              const duplicate = items.some((item) => readField<string>('id', item) === readField<string>('id', item)); // expect: self-compare
              if (!duplicate) {
                items.push(ref);
              }
            }
            return { cursor: incoming.cursor, items };
          },
        },
      },
    },
  },
});
