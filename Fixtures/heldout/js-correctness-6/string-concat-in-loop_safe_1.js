'use strict';

const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class MarkdownReporter {
  constructor(runner) {
    const results = [];
    runner.on(EVENT_TEST_PASS, (test) => results.push({ test, ok: true }));
    runner.on(EVENT_TEST_FAIL, (test, err) => results.push({ test, ok: false, err }));
    runner.once(EVENT_RUN_END, () => {
      process.stdout.write(MarkdownReporter.render(results, runner.stats));
    });
  }

  static render(results, stats) {
    const lines = [`# Test report\n\n${stats.passes} passed, ${stats.failures} failed\n`];
    const bySuite = new Map();
    let totalMs = 0;
    for (const r of results) {
      const suite = r.test.parent.fullTitle() || '(root)';
      bySuite.set(suite, (bySuite.get(suite) || []).concat(r));
      totalMs += r.test.duration || 0;
    }
    for (const [suite, rows] of bySuite) {
      lines.push(`## ${suite}\n`, '| test | result | ms |', '| --- | --- | --- |');
      rows.forEach((r) => {
        lines.push(`| ${r.test.title} | ${r.ok ? 'pass' : 'FAIL'} | ${r.test.duration || 0} |`);
        if (!r.ok) {
          lines.push('', `> ${String(r.err.message).split('\n')[0]}`, '');
        }
      });
      lines.push('');
    }
    let md = lines.join('\n');
    md += `\n_Total: ${totalMs} ms_\n`;
    return md;
  }
}

module.exports = MarkdownReporter;
