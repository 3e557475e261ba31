import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

interface Options {
  trustedHosts?: string[];
}

const ABSOLUTE = /^https?:\/\/([^/]+)/i;

export default function rehypeExternalLinks(options: Options = {}) {
  const trusted = new Set(options.trustedHosts ?? []);
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties?.href !== 'string') {
        return;
      }
      const href = node.properties.href;
      const match = ABSOLUTE.exec(href);
      if (!match || trusted.has(match[1].toLowerCase())) {
        return;
      }
      node.properties.rel = ['noopener', 'nofollow'];
      node.properties.target = '_blank';
    });
  };
}
