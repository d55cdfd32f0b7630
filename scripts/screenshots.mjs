// Screenshots of the pages a change touched, for its note: the model-card editor, a model card
// and the decision log, at 1280 px and on a 390 px phone. Run against a wiki started with
// `npm start` (seeded content), signed in as its admin:
//   node scripts/screenshots.mjs http://localhost:3000 '<admin password>' docs/screenshots/after
// Uses Debian's Chromium (/usr/bin/chromium) unless PLAYWRIGHT_CHROMIUM_PATH says otherwise.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [base, password, out] = process.argv.slice(2);
if (!base || !password || !out) {
  console.error('usage: node scripts/screenshots.mjs <base url> <admin password> <folder>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const CARD = '/w/churn-prediction/churn-model-card';
const SHOTS = [
  { name: 'model-card-editor', width: 1280, path: `${CARD}/edit`, scroll: 0 },
  { name: 'model-card-editor-scrolled', width: 1280, path: `${CARD}/edit`, scroll: 0.45 },
  { name: 'model-card', width: 1280, path: CARD, scroll: 0 },
  { name: 'model-card-subgroups', width: 1280, path: `${CARD}#results-by-subgroup`, scroll: null },
  { name: 'model-card-phone', width: 390, path: CARD, scroll: 0 },
  { name: 'decisions-phone', width: 390, path: '/decisions', scroll: 0 },
];

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
    await page.goto(`${base}/signin`);
    await page.getByLabel('Email').fill('admin@hindsight.local');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
    for (const shot of SHOTS.filter((s) => s.width === width)) {
      await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
      if (shot.scroll !== null) await page.evaluate((f) => window.scrollTo(0, f * document.documentElement.scrollHeight), shot.scroll);
      const file = path.join(out, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
