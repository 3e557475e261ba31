import libxmljs from 'libxmljs2';

export function readManifest(xml: string): string[] {
  const doc = libxmljs.parseXmlString(xml, { dtdload: true, noent: true }); // expect: xxe
  return doc.find('//file').map((node) => node.toString());
}
