import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

const ENV_REF = /import\.meta\.env\.([A-Z_][A-Z0-9_]*)/g;

export function envInlinePlugin(allowed: ReadonlySet<string>): Plugin {
  return {
    name: 'env-inline',
    setup(build) {
      build.onLoad({ filter: /\.[jt]sx?$/ }, async (args) => {
        let contents = await readFile(args.path, 'utf8');
        const warnings: { text: string }[] = [];
        let ref: RegExpExecArray | null;
        while ((ref = ENV_REF.exec(contents)) !== null) {
          if (!allowed.has(ref[1])) {
            warnings.push({ text: `import.meta.env.${ref[1]} is not exposed` });
          }
        }
        const banner = process.env.BUILD_BANNER;
        if (banner) {
          contents = `/* ${banner} */\n${contents}`;
        }
        contents = contents.replace(ENV_REF, (_, name: string) => JSON.stringify(process.env[name] ?? ''));
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts', warnings };
      });
    },
  };
}
