// Apollo Server resolvers: product search with an escaped highlight pattern.
import type { CatalogAPI } from './catalog';

interface Ctx {
  dataSources: { catalog: CatalogAPI };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class Highlighter {
  private readonly pattern: RegExp;

  constructor(term: string) {
    this.pattern = new RegExp('(' + escapeRegExp(term.slice(0, 64)) + ')', 'gi');
  }

  apply(text: string): string {
    return text.replace(this.pattern, '<mark>$1</mark>');
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
      const products = await ctx.dataSources.catalog.all();
      return products.filter((p) => p.sku.startsWith(saved.skuPrefix));
    },
  },
};
