import { expect, test } from '@playwright/test';
import { editorReady, signInAs, uniqueTitle } from './helpers';

test('a model card created from its template shows what is missing, and completeness rises as it is filled', async ({ page }) => {
  const title = uniqueTitle('Model card: demand forecast');
  await signInAs(page, 'editor', '/new?kind=model_card&project=churn-prediction');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await expect(page.locator('.cm-content')).toContainText('Evaluation results by subgroup');
  await page.getByRole('button', { name: 'Create document' }).click();

  const card = page.getByTestId('completeness-card');
  await expect(card).toContainText('Completeness · 13%');
  await expect(card.locator('li.missing')).toHaveCount(7);
  await expect(card.locator('li.done')).toHaveText([/Has an owner/]);

  // Fill two sections in the editor: intended use and ethical considerations.
  await page.getByRole('link', { name: 'Edit' }).click();
  await editorReady(page);
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+Home');
  const text = await editor.innerText();
  const filled = text
    .replace('## Intended use\n', '## Intended use\n\nWeekly replenishment orders for 1,200 stores.\n')
    .replace('## Ethical considerations\n', '## Ethical considerations\n\nStores in low-income areas were under-forecast by 9%; we reweighted them.\n');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(filled);
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(card).toContainText('Completeness · 38%');
  await expect(card.locator('li.done')).toContainText(['Intended use', 'Ethical considerations', 'Has an owner']);

  await page.goto('/model-cards?sort=completeness&incomplete=1');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Model card: churn risk (LightGBM)' })).toHaveCount(0);

  await page.goto('/projects/churn-prediction');
  await expect(page.getByTestId('ethics-coverage')).toContainText(/Ethics and bias: \d+ of \d+ documents cover it/);
});
