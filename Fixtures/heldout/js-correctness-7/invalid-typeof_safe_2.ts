// Prettier plugin: validates the options of an embedded SQL formatter with valid typeof strings.
import type { SupportOptions, ParserOptions } from 'prettier';

export const options: SupportOptions = {
  sqlKeywordCase: { type: 'choice', category: 'SQL', default: 'upper', description: 'keyword case', choices: [{ value: 'upper', description: 'UPPER' }, { value: 'lower', description: 'lower' }] },
  sqlIndent: { type: 'int', category: 'SQL', default: 2, description: 'indent width' },
};

export function checkSqlOptions(opts: Partial<ParserOptions> & Record<string, unknown>): string[] {
  const problems: string[] = [];
  const indent = opts.sqlIndent;
  if (typeof indent !== 'number' || !Number.isInteger(indent) || indent < 0) {
    problems.push('sqlIndent must be a non-negative integer');
  }
  const dialect = opts.sqlDialect;
  if (typeof dialect !== 'undefined' && typeof dialect !== 'string') {
    problems.push('sqlDialect must be a string');
  }
  if (typeof opts.sqlKeywordCase === 'bigint' || typeof opts.sqlKeywordCase === 'symbol') {
    problems.push('sqlKeywordCase must be upper or lower');
  }
  return problems;
}
