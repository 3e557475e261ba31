import { Injectable } from '@nestjs/common';
import { EventBus, ProductEvent, TransactionalConnection, Product, VendurePlugin, PluginCommonModule } from '@vendure/core';

@Injectable()
class ClearanceTagger {
  constructor(private connection: TransactionalConnection, private eventBus: EventBus) {}

  onApplicationBootstrap() {
    this.eventBus.ofType(ProductEvent).subscribe((event) => this.retag(event.product.id));
  }

  async retag(productId: string | number) {
    const repo = this.connection.rawConnection.getRepository(Product);
    const product = await repo.findOne({ where: { id: productId }, relations: ['variants', 'facetValues'] });
    if (!product) {
      return;
    }
    const clearanceSkus: string[] = product.variants.filter((v) => v.customFields?.clearance).map((v) => v.sku);
    const skusToFlag = product.variants.filter((variant) => clearanceSkus.indexOf(variant.sku) !== -1); // expect: array-includes-in-loop
    product.customFields = { ...product.customFields, onClearance: skusToFlag.length > 0 };
    await repo.save(product);
  }
}

@VendurePlugin({
  imports: [PluginCommonModule],
  providers: [ClearanceTagger],
})
export class ClearancePlugin {}
