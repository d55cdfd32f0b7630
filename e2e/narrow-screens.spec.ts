// At 390 px (a phone), no page scrolls sideways: wide tables scroll in their own box, action rows
// wrap, and table cells break lines at spaces (or after a hyphen), never inside a word or a date.
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

const PAGES = [
  '/',
  '/projects',
  '/projects/card-fraud',
  '/projects/card-fraud/graph',
  '/w/card-fraud/fraud-retrospective',
  '/w/card-fraud/fraud-retrospective/history',
  '/w/card-fraud/fraud-model-card',
  '/w/card-fraud/card-transactions/impact',
  '/decisions',
  '/lessons',
  '/action-items',
  '/needs-review',
  '/search?q=drift',
  '/inbox',
  '/new',
];

test('no page scrolls sideways on a phone, and table cells wrap only at spaces', async ({ page }) => {
  await signInAs(page, 'admin');
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(width.page, `${path} is ${width.page} px wide`).toBeLessThanOrEqual(width.view);
  }
  // Every word in the decision log's cells sits on one line.
  await page.goto('/decisions');
  const split = await page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main table th, main table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may break at a space, or after a hyphen inside prose ("card-not-/present"); a
        // cell that is only a date never breaks.
        const date = /^\d{4}-\d{2}-\d{2}$/.test((cell.textContent ?? '').trim());
        for (const m of (node.textContent ?? '').matchAll(date ? /\S+/g : /[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
  expect(split).toEqual([]);
});
