// Figma plugin main thread: fills a table column from a formula typed in the plugin UI.
figma.showUI(__html__, { width: 320, height: 220 });

function cellValues(frame) {
  return frame.findAll((node) => node.type === 'TEXT').map((node) => Number(node.characters) || 0);
}

function applyFormula(formula, values) {
  const body = 'return values.map((x, i) => ' + formula + ');';
  const compute = (0, eval)('(function (values) {' + body + '})'); // expect: code-injection
  return compute(values);
}

figma.ui.onmessage = async (msg) => {
  if (msg.type !== 'apply-formula') {
    return;
  }
  const frame = figma.currentPage.selection[0];
  if (!frame || frame.type !== 'FRAME') {
    figma.notify('Select a table frame first');
    return;
  }
  await figma.loadFontAsync({ family: 'Inter', style: 'Regular' });
  const results = applyFormula(msg.formula, cellValues(frame));
  const targets = frame.findAll((node) => node.type === 'TEXT' && node.name === 'result');
  targets.forEach((node, i) => {
    node.characters = String(results[i] ?? '');
  });
  figma.notify(`Updated ${targets.length} cells`);
};
