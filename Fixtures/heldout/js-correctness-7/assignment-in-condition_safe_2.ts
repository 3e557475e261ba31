// webpack loader: i18n keys replaced with matchAll; the fallback read before the test.
import type { LoaderContext } from 'webpack';

interface Options {
  messages: Record<string, string>;
  fallbackLocale?: string;
}

const KEY = /t\(['"]([\w.]+)['"]\)/g;

export default function i18nLoader(this: LoaderContext<Options>, source: string): string {
  const { messages, fallbackLocale } = this.getOptions();
  let result = source;
  for (const match of source.matchAll(KEY)) {
    const text = messages[match[1]];
    if (text !== undefined) {
      result = result.replace(match[0], JSON.stringify(text));
    }
  }
  const locale = fallbackLocale;
  if (locale) {
    this.emitWarning(new Error(`missing keys fall back to ${locale}`));
  }
  return result;
}
