import type { RunInput, FunctionRunResult, ProductVariant } from '../generated/api';

const NO_CHANGES: FunctionRunResult = { operations: [] };

function sameBundle(a: ProductVariant, b: ProductVariant): boolean {
  if (b.product.id === a.product.id) {
    return false;
  }
  const key = a.product.bundleKey?.value;
  return key !== undefined && key === b.product.bundleKey?.value;
}

export function run(input: RunInput): FunctionRunResult {
  const lines = input.cart.lines.filter((line) => line.merchandise.__typename === 'ProductVariant');
  if (lines.length < 2) {
    return NO_CHANGES;
  }
  const anchor = lines[0];
  const partners = lines.slice(1).filter((line) => sameBundle(anchor.merchandise as ProductVariant, line.merchandise as ProductVariant));
  if (partners.length === 0) {
    return NO_CHANGES;
  }
  return {
    operations: [
      {
        merge: {
          cartLines: [anchor, ...partners].map((line) => ({ cartLineId: line.id, quantity: line.quantity })),
          parentVariantId: (anchor.merchandise as ProductVariant).product.bundleParent?.value ?? anchor.merchandise.id,
          title: 'Bundle',
        },
      },
    ],
  };
}
