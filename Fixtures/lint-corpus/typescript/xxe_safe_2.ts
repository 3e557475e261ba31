// Browser: list the files of an uploaded manifest.
export function readManifest(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from(doc.querySelectorAll('file'), (node) => node.getAttribute('path') ?? '');
}
