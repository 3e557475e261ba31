/* PostCSS plugin: rewrite legacy spacing tokens and collect custom media */
const TOKEN = /\$space-(\d+)/g;

module.exports = (opts = {}) => {
  const unit = opts.unit || 4;
  return {
    postcssPlugin: 'postcss-legacy-spacing',
    Once(root, { result }) {
      const media = [];
      let node;
      const queue = root.nodes.slice();
      while ((node = queue.shift()) !== undefined) {
        if (node.type === 'atrule' && node.name === 'custom-media') {
          media.push(node.params);
        }
      }
      result.messages.push({ type: 'custom-media', plugin: 'postcss-legacy-spacing', media });
    },
    Declaration(decl) {
      const found = decl.value.match(TOKEN);
      if (found) {
        decl.value = decl.value.replace(TOKEN, (_, n) => `${Number(n) * unit}px`);
      }
      return found;
    },
  };
};
module.exports.postcss = true;
