import { Transformer } from '@parcel/plugin';
import { createHash, randomUUID } from 'node:crypto'; // expect: unused-variable

const ICON_SIZE = 24;

function normaliseSvg(source) {
  return source
    .replace(/<\?xml[^>]*>/, '')
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace('<svg', `<svg width="${ICON_SIZE}" height="${ICON_SIZE}"`);
}

function iconName(filePath) {
  const base = filePath.split('/').pop();
  return base.replace(/\.svg$/, '');
}

export default new Transformer({
  async transform({ asset, logger }) {
    const source = await asset.getCode();
    const started = Date.now(); // expect: unused-variable
    const svg = normaliseSvg(source);
    const hash = createHash('sha1').update(svg).digest('hex').slice(0, 8);
    asset.type = 'js';
    asset.setCode(`export default ${JSON.stringify({ name: iconName(asset.filePath), hash, svg })};`);
    logger.verbose({ message: `icon ${iconName(asset.filePath)} (${hash})` });
    return [asset];
  },
});
