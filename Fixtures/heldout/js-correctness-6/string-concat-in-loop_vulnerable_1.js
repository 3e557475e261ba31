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
    let md = `# Test report\n\n${stats.passes} passed, ${stats.failures} failed\n\n`;
    const bySuite = new Map();
    for (const r of results) {
      const suite = r.test.parent.fullTitle() || '(root)';
      bySuite.set(suite, (bySuite.get(suite) || []).concat(r));
    }
    for (const [suite, rows] of bySuite) {
      md += `## ${suite}\n\n| test | result | ms |\n| --- | --- | --- |\n`; // expect: string-concat-in-loop
      rows.forEach((r) => {
        md += `| ${r.test.title} | ${r.ok ? 'pass' : 'FAIL'} | ${r.test.duration || 0} |\n`; // expect: string-concat-in-loop
        if (!r.ok) {
          md = md + `\n> ${String(r.err.message).split('\n')[0]}\n\n`; // expect: string-concat-in-loop
        }
      });
      md += '\n'; // expect: string-concat-in-loop
    }
    return md;
  }
}

module.exports = MarkdownReporter;
