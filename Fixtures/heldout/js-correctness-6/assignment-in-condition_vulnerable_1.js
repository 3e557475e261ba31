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
      while (node = queue.shift()) { // expect: assignment-in-condition
        if (node.type === 'atrule' && node.name === 'custom-media') {
          media.push(node.params);
        }
      }
      result.messages.push({ type: 'custom-media', plugin: 'postcss-legacy-spacing', media });
    },
    Declaration(decl) {
      let match;
      let value = decl.value;
      if (match = TOKEN.exec(decl.value)) { // expect: assignment-in-condition
        value = decl.value.replace(TOKEN, (_, n) => `${Number(n) * unit}px`);
        TOKEN.lastIndex = 0;
      }
      decl.value = value;
      return match;
    },
  };
};
module.exports.postcss = true;
