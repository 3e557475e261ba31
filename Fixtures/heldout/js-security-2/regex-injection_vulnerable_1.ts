// routes/catalog.ts -- Express catalogue search with "smart" matching
import { Router } from 'express';
import { products } from '../data/products';

const router = Router();

function matcherFor(prefix: string, flags = 'i'): RegExp {
  return new RegExp(`^${prefix}`, flags); // expect: regex-injection
}

router.get('/catalog/suggest', (req, res) => {
  const re = matcherFor(String(req.query.prefix ?? ''));
  res.json(products.filter((p) => re.test(p.name)).slice(0, 10));
});

router.get('/catalog/highlight/:id', (req, res) => {
  const product = products.find((p) => p.id === req.params.id);
  if (!product) return res.sendStatus(404);
  const word = String(req.query.word ?? '');
  const marked = product.description.replace(new RegExp(word, 'gi'), (m) => `**${m}**`); // expect: regex-injection
  return res.json({ id: product.id, description: marked });
});

router.get('/catalog/count', (req, res) => {
  const pattern = req.query.pattern as string;
  const hits = products.filter((p) => p.tags.some((t) => t.match(pattern))); // expect: regex-injection
  res.json({ count: hits.length });
});

export default router;
