import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

export interface InvoiceLookup {
  invoicePath: string;
  supplierCode: string;
}

const LINES_BY_SUPPLIER = xpath.parse('//line[@supplier=$supplier]/description/text()');

// Temporal activity
export async function invoiceLines(input: InvoiceLookup): Promise<string[]> {
  const xml = await readFile(input.invoicePath, 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const nodes = LINES_BY_SUPPLIER.select({ node: doc as any, variables: { supplier: input.supplierCode } });
  return nodes.map((node: any) => String(node.nodeValue));
}
