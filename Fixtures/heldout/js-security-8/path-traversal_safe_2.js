// Agenda job that unpacks theme bundles uploaded by shop owners (zip entries via adm-zip).
const Agenda = require('agenda');
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');
const { pendingThemes, markInstalled } = require('./themes');

const THEMES_ROOT = '/srv/shop/themes';
const SHOP_ID = /^[a-z0-9]{6,24}$/;
const agenda = new Agenda({ db: { address: process.env.AGENDA_MONGO_URL } });

function within(root, name) {
  const dest = path.resolve(root, name);
  return dest.startsWith(root + path.sep) ? dest : null;
}

agenda.define('install themes', async () => {
  for (const theme of await pendingThemes()) {
    if (!SHOP_ID.test(theme.shopId)) continue;
    const zip = new AdmZip(theme.bundlePath);
    const target = path.join(THEMES_ROOT, theme.shopId);
    for (const entry of zip.getEntries()) {
      const dest = entry.isDirectory ? null : within(target, entry.entryName);
      if (!dest) continue;
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, entry.getData());
    }
    await markInstalled(theme.id);
  }
});

(async () => {
  await agenda.start();
  await agenda.every('5 minutes', 'install themes');
})();
