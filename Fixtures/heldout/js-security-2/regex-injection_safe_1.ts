// routes/catalog.ts -- Express catalogue search, user text escaped before RegExp
import { Router } from 'express';
import { products } from '../data/products';

const router = Router();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

router.get('/catalog/suggest', (req, res) => {
  const re = new RegExp(`^${escapeRegExp(String(req.query.prefix ?? ''))}`, 'i');
  res.json(products.filter((p) => re.test(p.name)).slice(0, 10));
});

router.get('/catalog/highlight/:id', (req, res) => {
  const product = products.find((p) => p.id === req.params.id);
  if (!product) return res.sendStatus(404);
  const word = escapeRegExp(String(req.query.word ?? ''));
  const marked = product.description.replace(new RegExp(word, 'gi'), (m) => `**${m}**`);
  return res.json({ id: product.id, description: marked });
});

router.get('/catalog/count', (req, res) => {
  const tag = String(req.query.tag ?? '').toLowerCase();
  const hits = products.filter((p) => p.tags.some((t) => t.toLowerCase() === tag));
  res.json({ count: hits.length });
});

export default router;
