// Figma plugin: rename layers that follow the old icon naming scheme.
/* global figma */
const OLD_PREFIX = "ic_";
const OLD_NAME = new RegExp(`^${OLD_PREFIX}([a-z0-9_]+)$`);

interface NamedLayer {
  name: string;
}

interface RenameResult {
  renamed: number;
  skipped: string[];
}

function renameIcons(nodes: readonly NamedLayer[]): RenameResult {
  const result: RenameResult = { renamed: 0, skipped: [] };
  for (const node of nodes) {
    const match = OLD_NAME.exec(node.name);
    if (match) {
      node.name = `icon/${match[1].replace(/_/g, "-")}`;
      result.renamed += 1;
    } else {
      result.skipped.push(node.name);
    }
  }
  return result;
}

figma.on("run", () => {
  const { renamed, skipped } = renameIcons(figma.currentPage.selection);
  figma.closePlugin(`Renamed ${renamed} layers, skipped ${skipped.length}`);
});
