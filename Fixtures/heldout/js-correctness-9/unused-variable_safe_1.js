import { Transformer } from '@parcel/plugin';
import { createHash } from 'node:crypto';

const ICON_SIZE = 24;
const XML_PROLOG = /<\?xml[^>]*>/;
const SIZE_ATTRS = /\s(width|height)="[^"]*"/g;

function normaliseSvg(source) {
  return source
    .replace(XML_PROLOG, '')
    .replace(SIZE_ATTRS, '')
    .replace('<svg', `<svg width="${ICON_SIZE}" height="${ICON_SIZE}"`);
}

function iconName(filePath) {
  const base = filePath.split('/').pop();
  return base.replace(/\.svg$/, '');
}

export default new Transformer({
  async transform({ asset, logger }) {
    const source = await asset.getCode();
    const started = Date.now();
    const svg = normaliseSvg(source);
    const hash = createHash('sha1').update(svg).digest('hex').slice(0, 8);
    asset.type = 'js';
    asset.setCode(`export default ${JSON.stringify({ name: iconName(asset.filePath), hash, svg })};`);
    logger.verbose({ message: `icon ${iconName(asset.filePath)} (${hash}) in ${Date.now() - started} ms` });
    return [asset];
  },
});
