'use strict';
// WebdriverIO helper: runs a scenario in a fresh session and reports its outcome.
const { remote } = require('webdriverio');

async function runScenario(scenario, capabilities) {
  const browser = await remote({ capabilities, logLevel: 'warn' });
  let outcome = 'failed';
  try {
    await browser.url(scenario.startUrl);
    await scenario.steps(browser);
    outcome = 'passed';
  } catch (error) {
    await browser.saveScreenshot(`./artifacts/${scenario.id}.png`);
    throw error;
  } finally {
    await browser.deleteSession();
    return { id: scenario.id, outcome }; // expect: unsafe-finally
  }
}

module.exports = { runScenario };
