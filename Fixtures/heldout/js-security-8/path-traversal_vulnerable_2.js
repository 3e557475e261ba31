// Agenda job that unpacks theme bundles uploaded by shop owners (zip entries via adm-zip).
const Agenda = require('agenda');
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');
const { pendingThemes, markInstalled } = require('./themes');

const THEMES_ROOT = '/srv/shop/themes';
const agenda = new Agenda({ db: { address: process.env.AGENDA_MONGO_URL } });

agenda.define('install themes', async () => {
  for (const theme of await pendingThemes()) {
    const zip = new AdmZip(theme.bundlePath);
    const target = path.join(THEMES_ROOT, theme.shopId);
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) continue;
      const dest = path.resolve(target, entry.entryName);
      fs.mkdirSync(path.dirname(dest), { recursive: true }); // expect: path-traversal
      fs.writeFileSync(dest, entry.getData()); // expect: path-traversal
    }
    await markInstalled(theme.id);
  }
});

(async () => {
  await agenda.start();
  await agenda.every('5 minutes', 'install themes');
})();
