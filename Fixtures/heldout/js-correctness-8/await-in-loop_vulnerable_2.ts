import type { CollectionAfterChangeHook } from 'payload';

export const syncRelatedPrices: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.price === previousDoc?.price) {
    return doc;
  }
  const related: string[] = doc.bundles ?? [];
  for (const bundleId of related) {
    const bundle = await req.payload.findByID({ collection: 'bundles', id: bundleId, depth: 0 }); // expect: await-in-loop
    const total = bundle.items.reduce((sum: number, item: { price: number }) => sum + item.price, 0);
    req.payload.logger.info(`bundle ${bundleId} now costs ${total}`);
  }
  return doc;
};

export const stampEditor: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation === 'update' && req.user) {
    req.payload.logger.info(`${req.user.email} edited product ${doc.id}`);
  }
  return doc;
};
