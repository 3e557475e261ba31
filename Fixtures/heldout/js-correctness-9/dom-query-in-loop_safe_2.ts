/* global chrome */
interface PriceRule {
  selector: string;
  currency: string;
}

const RULES: PriceRule[] = [
  { selector: '.price-now', currency: 'USD' },
  { selector: '[data-price]', currency: 'USD' },
];
const NOT_DIGITS = /[^0-9.]/g;

async function loadRate(): Promise<number> {
  const stored = await chrome.storage.local.get('usdToEur');
  return typeof stored.usdToEur === 'number' ? stored.usdToEur : 0.92;
}

function convert(rate: number): number {
  let converted = 0;
  const badge = document.getElementById('eur-converter-badge');
  for (const rule of RULES) {
    const nodes = document.querySelectorAll<HTMLElement>(rule.selector);
    nodes.forEach((node) => {
      const amount = Number.parseFloat((node.textContent ?? '').replace(NOT_DIGITS, ''));
      if (!Number.isFinite(amount)) {
        return;
      }
      node.title = `${(amount * rate).toFixed(2)} EUR`;
      converted += 1;
    });
  }
  if (badge) {
    badge.textContent = String(converted);
  }
  return converted;
}

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message?.type !== 'convert-prices') {
    return false;
  }
  loadRate().then((rate) => sendResponse({ converted: convert(rate) }));
  return true;
});
