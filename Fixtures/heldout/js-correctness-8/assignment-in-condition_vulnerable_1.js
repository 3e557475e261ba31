// Babel plugin: strip debug helpers and report the enclosing function names.
module.exports = function stripDebug({ types: t }) {
  function enclosingNames(path) {
    const names = [];
    let current = path;
    while (current = current.getFunctionParent()) { // expect: assignment-in-condition
      const id = current.node.id;
      names.push(id ? id.name : '<anonymous>');
      current = current.parentPath;
    }
    return names;
  }

  return {
    name: 'strip-debug',
    visitor: {
      CallExpression(path, state) {
        const callee = path.get('callee');
        if (!t.isIdentifier(callee.node, { name: 'debugTrace' })) {
          return;
        }
        let label;
        if (label = state.opts.label) { // expect: assignment-in-condition
          state.file.metadata.stripped = (state.file.metadata.stripped || []).concat(`${label}:${enclosingNames(path).join('>')}`);
        }
        path.remove();
      },
    },
  };
};
