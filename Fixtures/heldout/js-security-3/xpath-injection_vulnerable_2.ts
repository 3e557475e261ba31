import Router from '@koa/router';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import xpath from 'xpath';

const catalog = new DOMParser().parseFromString(readFileSync('data/catalog.xml', 'utf8'), 'text/xml');
const router = new Router();

function productQuery(filters: { brand?: string; maxPrice?: string }): string {
  const predicates: string[] = [];
  if (filters.brand) predicates.push(`@brand='${filters.brand}'`);
  if (filters.maxPrice) predicates.push(`number(price) <= ${filters.maxPrice}`);
  const where = predicates.length ? `[${predicates.join(' and ')}]` : '';
  return `/catalog/product${where}`;
}

router.get('/products', (ctx) => {
  const expr = productQuery({ brand: ctx.query.brand as string, maxPrice: ctx.query.maxPrice as string });
  const nodes = xpath.parse(expr).select({ node: catalog }); // expect: xpath-injection
  ctx.body = nodes.map((n) => xpath.select1('string(name)', n));
});

export default router;
