// Midway.js service: partner metadata lookups; the entity id must be a plain https URL first.
import { Provide, Inject } from '@midwayjs/core';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { RegistryStore } from './registry.store';

const select = xpath.useNamespaces({ md: 'urn:oasis:names:tc:SAML:2.0:metadata' });
const ENTITY_ID = /^https:\/\/[a-z0-9.-]+(\/[a-z0-9/_-]*)?$/;

@Provide()
export class PartnerService {
  @Inject()
  store: RegistryStore;

  async consumerUrl(entityId: string): Promise<string | null> {
    if (!ENTITY_ID.test(entityId)) {
      return null;
    }
    const doc = new DOMParser().parseFromString(await this.store.xml(), 'text/xml');
    const query = `//md:EntityDescriptor[@entityID="${entityId}"]/md:SPSSODescriptor/md:AssertionConsumerService/@Location`;
    const nodes = select(query, doc) as Attr[];
    return nodes.length > 0 ? nodes[0].value : null;
  }
}
