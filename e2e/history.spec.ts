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
