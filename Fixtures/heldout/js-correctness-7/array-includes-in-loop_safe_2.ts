// Meilisearch sync: indexed ids and blocked brands looked up through Sets.
import { MeiliSearch } from 'meilisearch';

interface Product {
  id: string;
  title: string;
  brand: string;
}

const client = new MeiliSearch({ host: process.env.MEILI_HOST ?? 'http://localhost:7700', apiKey: process.env.MEILI_KEY });

export async function syncProducts(changed: Product[], blockedBrands: string[]) {
  const index = client.index<Product>('products');
  const { results } = await index.getDocuments({ fields: ['id'], limit: 10000 });
  const indexedIds = new Set(results.map((doc) => doc.id));
  const blocked = new Set(blockedBrands);

  const fresh = changed.filter((product) => !indexedIds.has(product.id) && !blocked.has(product.brand));
  if (blockedBrands.includes('*')) {
    return { skipped: changed.length };
  }
  return index.addDocuments(fresh, { primaryKey: 'id' });
}
