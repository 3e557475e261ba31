import Router from '@koa/router';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import xpath from 'xpath';

const catalog = new DOMParser().parseFromString(readFileSync('data/catalog.xml', 'utf8'), 'text/xml');
const router = new Router();
const BRANDS = new Set(['acme', 'globex', 'initech']);

function productQuery(brand: string, maxPrice: number): string {
  const predicates: string[] = [];
  if (BRANDS.has(brand)) predicates.push(`@brand='${brand}'`);
  if (Number.isFinite(maxPrice)) predicates.push(`number(price) <= ${maxPrice}`);
  const where = predicates.length ? `[${predicates.join(' and ')}]` : '';
  return `/catalog/product${where}`;
}

router.get('/products', (ctx) => {
  const maxPrice = Number.parseFloat(String(ctx.query.maxPrice ?? ''));
  const expr = productQuery(String(ctx.query.brand ?? ''), maxPrice);
  const nodes = xpath.select(expr, catalog) as Node[];
  ctx.body = nodes.map((n) => xpath.select1('string(name)', n));
});

export default router;
