'use strict';
// WebdriverIO helper: the session is closed in finally; the outcome returned after it.
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
  }
  return { id: scenario.id, outcome };
}

module.exports = { runScenario };
