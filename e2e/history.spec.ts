// A model card's history: version 1 read as it was (its metrics table, not only its text), and
// restored as the newest version by an editor.
import { expect, test } from '@playwright/test';
import { signInAs, uniqueTitle } from './helpers';

test('open version 1 of a model card, see its metrics, restore it and see the new version', async ({ page }) => {
  await signInAs(page, 'editor');
  const title = uniqueTitle('Model card: churn history');
  const metric = (value: number) => ({ metrics: [{ name: 'Recall in top decile', value, threshold: '≥ 0.30' }] });
  const created = await page.request.post('/api/documents', {
    data: { kind: 'model_card', title, body: '## Overview\n\nFirst.', tags: ['churn'], fields: metric(0.34) },
  });
  expect(created.status()).toBe(201);
  const { id, path } = (await created.json()) as { id: string; path: string };
  const saved = await page.request.put(`/api/documents/${id}`, {
    data: { baseVersion: 1, title, body: '## Overview\n\nSecond.', tags: ['churn'], fields: metric(0.37), message: 'Retrained' },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`${path}/history/1`);
  await expect(page.getByTestId('version-banner')).toContainText('version 1 of 2');
  // The card's metrics table, right after its heading.
  const metrics = page.locator('#metrics + table');
  await expect(metrics).toContainText('Recall in top decile');
  await expect(metrics).toContainText('0.34');
  await expect(page.getByTestId('version-facts')).toContainText('churn');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator('#metrics + table')).toContainText('0.34');
  await expect(page.getByTestId('document-body')).toContainText('First.');

  await page.goto(`${path}/history`);
  const newest = page.locator('table.history tbody tr').first();
  await expect(newest).toContainText('v3');
  await expect(newest).toContainText('Restored version 1');
});

test('a viewer reads old versions but is not offered a restore', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/_/data-validation/history/1');
  await expect(page.getByTestId('version-banner')).toContainText('version 1 of');
  await expect(page.getByRole('button', { name: 'Restore this version' })).toHaveCount(0);
});

test('compare two versions from the history list: a changed metric, a tag and the words', async ({ page }) => {
  await signInAs(page, 'editor');
  const title = uniqueTitle('Model card: churn compare');
  const card = (value: number, drift: string[]) => ({
    results: [{ metric: 'Recall in top decile', slice: 'age 65+', value }],
    monitoring: { metrics: ['PSI'], driftThresholds: drift },
  });
  const created = await page.request.post('/api/documents', {
    data: { kind: 'model_card', title, body: 'Trained on 2025 data.\n', tags: ['churn'], fields: card(0.34, []) },
  });
  const { id, path } = (await created.json()) as { id: string; path: string };
  const saved = await page.request.put(`/api/documents/${id}`, {
    data: {
      baseVersion: 1,
      title,
      body: 'Trained on 2026 data.\n',
      tags: ['churn', 'q3'],
      fields: card(0.37, ['PSI > 0.25 alerts']),
      message: 'Retrained in Q3',
    },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`${path}/history`);
  await page.getByRole('button', { name: 'Compare selected versions' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/history/compare\\?(?=.*from=1)(?=.*to=2)`));
  await expect(page.getByTestId('compare-to')).toContainText('Retrained in Q3');
  const fields = page.getByTestId('field-changes');
  await expect(fields).toContainText('Recall in top decile / age 65+ › Value: 0.34 → 0.37');
  await expect(fields).toContainText('Drift thresholds added: PSI > 0.25 alerts');
  await expect(page.getByTestId('page-changes')).toContainText('Tag added: q3');
  const body = page.getByTestId('body-diff');
  await expect(body.locator('del')).toHaveText('2025');
  await expect(body.locator('ins')).toHaveText('2026');

  await page.getByRole('link', { name: 'Show side by side' }).click();
  await expect(page).toHaveURL(/view=split/);
  await expect(page.getByTestId('body-diff').locator('[data-side="before"]')).toHaveText('Trained on 2025 data.\n');
  await expect(page.getByTestId('body-diff').locator('[data-side="after"]')).toHaveText('Trained on 2026 data.\n');
});
