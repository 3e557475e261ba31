import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

export interface InvoiceLookup {
  invoicePath: string;
  supplierCode: string;
}

// Temporal activity
export async function invoiceLines(input: InvoiceLookup): Promise<string[]> {
  const xml = await readFile(input.invoicePath, 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const query = "//line[@supplier='" + input.supplierCode + "']/description/text()";
  const nodes = xpath.evaluate(query, doc as any, null, xpath.XPathResult.ORDERED_NODE_ITERATOR_TYPE, null); // expect: xpath-injection
  const lines: string[] = [];
  for (let node = nodes.iterateNext(); node; node = nodes.iterateNext()) {
    lines.push(String(node.nodeValue));
  }
  return lines;
}
