// webpack loader: replaces i18n keys with their translations for the current locale.
import type { LoaderContext } from 'webpack';

interface Options {
  messages: Record<string, string>;
  fallbackLocale?: string;
}

const KEY = /t\(['"]([\w.]+)['"]\)/g;

export default function i18nLoader(this: LoaderContext<Options>, source: string): string {
  const { messages, fallbackLocale } = this.getOptions();
  let result = source;
  let match: RegExpExecArray | null;
  while (match = KEY.exec(source)) { // expect: assignment-in-condition
    const text = messages[match[1]];
    if (text !== undefined) {
      result = result.replace(match[0], JSON.stringify(text));
    }
  }
  let locale: string | undefined;
  if (locale = fallbackLocale) { // expect: assignment-in-condition
    this.emitWarning(new Error(`missing keys fall back to ${locale}`));
  }
  return result;
}
