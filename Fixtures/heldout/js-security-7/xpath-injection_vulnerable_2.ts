// Midway.js service: SAML-like partner metadata lookups in an XML registry (xpath).
import { Provide, Inject } from '@midwayjs/core';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { RegistryStore } from './registry.store';

const select = xpath.useNamespaces({ md: 'urn:oasis:names:tc:SAML:2.0:metadata' });

@Provide()
export class PartnerService {
  @Inject()
  store: RegistryStore;

  private entityQuery(entityId: string): string {
    return `//md:EntityDescriptor[@entityID="${entityId}"]/md:SPSSODescriptor/md:AssertionConsumerService/@Location`;
  }

  async consumerUrl(entityId: string): Promise<string | null> {
    const doc = new DOMParser().parseFromString(await this.store.xml(), 'text/xml');
    const nodes = select(this.entityQuery(entityId), doc) as Attr[]; // expect: xpath-injection
    return nodes.length > 0 ? nodes[0].value : null;
  }
}
