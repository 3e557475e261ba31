// Meilisearch sync: pushes changed products, skipping those already indexed or blocked.
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
  const indexedIds: string[] = results.map((doc) => doc.id);

  const fresh: Product[] = [];
  changed.forEach((product) => {
    if (indexedIds.includes(product.id)) { // expect: array-includes-in-loop
      return;
    }
    if (blockedBrands.indexOf(product.brand) >= 0) { // expect: array-includes-in-loop
      return;
    }
    fresh.push(product);
  });
  return index.addDocuments(fresh, { primaryKey: 'id' });
}
