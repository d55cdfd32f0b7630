import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editorReady, hydrated, signInAs } from './helpers';

// axe-core on the main pages, in the light and the dark colour scheme: no violations at all
// (WCAG 2.1 A and AA rules and axe's best practices).
const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['home', '/'],
  ['project', '/projects/churn-prediction'],
  ['practice', '/w/_/monitoring-drift-and-retraining'],
  ['retrospective', '/w/churn-prediction/churn-retrospective'],
  ['runbook', '/w/churn-prediction/churn-runbook'],
  ['model card', '/w/churn-prediction/churn-model-card'],
  ['editor: model card', '/w/churn-prediction/churn-model-card/edit', editorReady],
  ['editor: new retrospective', '/new?kind=retrospective', editorReady],
  ['search', '/search?q=drift'],
  ['decisions', '/decisions'],
  ['lessons', '/lessons'],
  ['action items', '/action-items'],
  ['needs review', '/needs-review'],
  ['admin', '/admin/users'],
  ['history', '/w/churn-prediction/churn-model-card/history'],
  [
    'palette open',
    '/',
    async (page) => {
      await hydrated(page);
      await page.keyboard.press('ControlOrMeta+k');
      await expect(page.getByRole('dialog', { name: 'Quick search' })).toBeVisible();
      await page.keyboard.type('drift');
      await expect(page.getByRole('dialog', { name: 'Quick search' }).getByRole('option').first()).toBeVisible();
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the main pages (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signInAs(page, 'admin');
    const found: string[] = [];
    for (const [name, path, ready] of PAGES) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      if (ready) await ready(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const v of violations)
        found.push(
          `${name}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
    }
    expect(found).toEqual([]);
  });
}
