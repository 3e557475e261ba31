import { createSchema, createYoga } from 'graphql-yoga';
import { catalogue, type Product } from './catalogue';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Product { sku: String!, title: String! }
    type Query {
      products(text: String!): [Product!]!
      highlight(sku: String!, term: String!): String
    }
  `,
  resolvers: {
    Query: {
      products: (_: unknown, args: { text: string }) => {
        const needle = args.text.toLowerCase();
        return catalogue.all().filter((p: Product) => p.title.toLowerCase().includes(needle));
      },
      highlight: (_: unknown, args: { sku: string; term: string }) => {
        const product = catalogue.bySku(args.sku);
        if (!product || args.term.length > 40) return null;
        return product.description.replace(new RegExp(`(${escapeRegExp(args.term)})`, 'gi'), '**$1**');
      },
    },
  },
});

export const yoga = createYoga({ schema });
