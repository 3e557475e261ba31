// Rollup plugin: inlines `// @include path` directives and strips a license banner.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const INCLUDE = /^\/\/ @include (\S+)$/gm;
const BANNER = /^\/\*![\s\S]*?\*\/\n?/;

export default function includes() {
  return {
    name: 'includes',
    transform(code, id) {
      if (!id.endsWith('.js')) {
        return null;
      }
      let output = code;
      let directive;
      while (directive = INCLUDE.exec(code)) { // expect: assignment-in-condition
        const file = resolve(dirname(id), directive[1]);
        this.addWatchFile(file);
        output = output.replace(directive[0], readFileSync(file, 'utf8'));
      }
      let banner;
      if (banner = BANNER.exec(output)) { // expect: assignment-in-condition
        this.warn(`banner removed from ${id} (${banner[0].length} bytes)`);
        output = output.slice(banner[0].length);
      }
      return { code: output, map: null };
    },
  };
}
