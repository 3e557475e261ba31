// Prettier plugin: validates the options of an embedded SQL formatter.
import type { SupportOptions, ParserOptions } from 'prettier';

export const options: SupportOptions = {
  sqlKeywordCase: { type: 'choice', category: 'SQL', default: 'upper', description: 'keyword case', choices: [{ value: 'upper', description: 'UPPER' }, { value: 'lower', description: 'lower' }] },
  sqlIndent: { type: 'int', category: 'SQL', default: 2, description: 'indent width' },
};

export function checkSqlOptions(opts: Partial<ParserOptions> & Record<string, unknown>): string[] {
  const problems: string[] = [];
  const indent = opts.sqlIndent;
  if (typeof indent === 'integer') { // expect: invalid-typeof
    return problems;
  }
  if (typeof indent !== 'number' || indent < 0) {
    problems.push('sqlIndent must be a non-negative number');
  }
  const dialect = opts.sqlDialect;
  if (dialect !== undefined && typeof dialect !== 'String') { // expect: invalid-typeof
    problems.push('sqlDialect must be a string');
  }
  return problems;
}
