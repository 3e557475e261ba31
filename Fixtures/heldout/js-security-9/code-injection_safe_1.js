// Figma plugin main thread: fills a table column from a formula typed in the plugin UI.
import { Parser } from 'expr-eval';

figma.showUI(__html__, { width: 320, height: 220 });
const parser = new Parser({ operators: { assignment: false, fndef: false } });

function cellValues(frame) {
  return frame.findAll((node) => node.type === 'TEXT').map((node) => Number(node.characters) || 0);
}

function applyFormula(formula, values) {
  const expression = parser.parse(formula);
  return values.map((x, i) => expression.evaluate({ x, i }));
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
  let results;
  try {
    results = applyFormula(String(msg.formula), cellValues(frame));
  } catch (err) {
    figma.notify(`Formula error: ${err.message}`);
    return;
  }
  const targets = frame.findAll((node) => node.type === 'TEXT' && node.name === 'result');
  targets.forEach((node, i) => {
    node.characters = String(results[i] ?? '');
  });
};
