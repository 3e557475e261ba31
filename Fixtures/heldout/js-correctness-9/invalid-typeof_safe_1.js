import { visit } from 'unist-util-visit';

const DEFAULTS = { maxDepth: 3, className: 'toc-link', prefix: '#' };
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-|-$/g;

function checkOptions(options) {
  const merged = { ...DEFAULTS, ...options };
  if (typeof merged.maxDepth !== 'number' || !Number.isInteger(merged.maxDepth)) {
    throw new TypeError('remark-anchor-links: maxDepth must be an integer');
  }
  if (typeof merged.className !== 'string') {
    throw new TypeError('remark-anchor-links: className must be a string');
  }
  return merged;
}

function slug(text) {
  return text.toLowerCase().trim().replace(NON_SLUG, '-').replace(EDGE_DASHES, '');
}

export default function remarkAnchorLinks(options = {}) {
  const settings = checkOptions(options);
  return (tree) => {
    visit(tree, 'heading', (node) => {
      if (node.depth > settings.maxDepth) {
        return;
      }
      const text = node.children.map((child) => (typeof child.value === 'undefined' ? '' : child.value)).join('');
      const id = slug(text);
      node.data = { ...node.data, hProperties: { id, className: settings.className } };
      node.children.unshift({ type: 'link', url: `${settings.prefix}${id}`, children: [] });
    });
  };
}
