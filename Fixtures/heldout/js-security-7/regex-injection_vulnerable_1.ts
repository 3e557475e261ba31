// Apollo Server resolvers: product search with highlight and a saved-filter matcher.
import type { CatalogAPI } from './catalog';

interface Ctx {
  dataSources: { catalog: CatalogAPI };
}

class Highlighter {
  constructor(private readonly term: string) {}

  apply(text: string): string {
    const pattern = new RegExp('(' + this.term + ')', 'gi'); // expect: regex-injection
    return text.replace(pattern, '<mark>$1</mark>');
  }
}

export const resolvers = {
  Query: {
    async search(_: unknown, args: { term: string }, ctx: Ctx) {
      const products = await ctx.dataSources.catalog.all();
      const highlighter = new Highlighter(args.term);
      return products
        .filter((p) => p.name.toLowerCase().includes(args.term.toLowerCase()))
        .map((p) => ({ ...p, highlighted: highlighter.apply(p.name) }));
    },
    async savedFilter(_: unknown, args: { id: string }, ctx: Ctx) {
      const saved = await ctx.dataSources.catalog.savedFilter(args.id);
      const matcher = RegExp(saved.skuPattern, saved.flags); // expect: regex-injection
      const products = await ctx.dataSources.catalog.all();
      return products.filter((p) => matcher.test(p.sku));
    },
  },
};
