import { expect, test } from '@playwright/test';
import { editorReady, signInAs, uniqueTitle } from './helpers';

test('a model card created from its template shows what is missing, and completeness rises as its fields are filled', async ({ page }) => {
  const title = uniqueTitle('Model card: demand forecast');
  await signInAs(page, 'editor', '/new?kind=model_card&project=churn-prediction');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create document' }).click();

  const card = page.getByTestId('completeness-card');
  await expect(card).toContainText('Completeness · 13%');
  await expect(card.locator('li.missing')).toHaveCount(7);
  await expect(card.locator('li.done')).toHaveText([/Has an owner/]);
  // The card agrees: with no owners of its own, its page's owner answers for it.
  await expect(page.getByTestId('card-owners')).toHaveText('Eddie Editor (the page’s owner)');

  // Fill intended use and an ethical consideration in the form; a bad number is refused first.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await editorReady(page);
  const form = page.getByRole('region', { name: 'Model card fields' });
  await form.getByLabel('Intended uses (one per line)').fill('Weekly replenishment orders for 1,200 stores');
  await form.getByRole('button', { name: 'Add consideration' }).click();
  const risk = form.getByTestId('ethical-considerations-0');
  await risk.getByLabel('Risk').fill('Stores in low-income areas were under-forecast by 9%');
  await risk.getByLabel('Mitigation').fill('Reweighted those stores; gap monitored');
  await form.getByRole('button', { name: 'Add result' }).click();
  const result = form.getByTestId('results-by-subgroup-0');
  await result.getByLabel('Metric').fill('MAPE');
  await result.getByLabel('Slice').fill('low-income areas');
  await result.getByLabel('Value').fill('0.14');
  await result.getByLabel('CI low').fill('0.2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(result.locator('.field-error')).toHaveText('The value must lie inside its interval');
  await result.getByLabel('CI low').fill('0.12');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(card).toContainText('Completeness · 50%');
  await expect(card.locator('li.done')).toContainText([
    'Intended use',
    'Evaluation results by subgroup',
    'Ethical considerations',
    'Has an owner',
  ]);
  const view = page.getByTestId('model-card');
  await expect(view.getByTestId('subgroup-results')).toContainText('low-income areas');
  await expect(view).toContainText('Reweighted those stores');

  // Published, it counts among the incomplete cards (a draft does not).
  await page.goto('/model-cards?sort=completeness&incomplete=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.goBack();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('draft-notice')).toHaveCount(0);
  await page.goto('/model-cards?sort=completeness&incomplete=1');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Model card: churn risk (LightGBM)' })).toHaveCount(0);

  await page.goto('/projects/churn-prediction');
  await expect(page.getByTestId('ethics-coverage')).toContainText(/Ethics and bias: \d+ of \d+ documents cover it/);
});

test('a model card whose monitoring review has passed is in "Needs review" until a new date is set', async ({ page }) => {
  const CARD = 'Model card: churn risk (LightGBM)';
  await signInAs(page, 'editor', '/needs-review');
  const entry = page.getByTestId(`needs-review-${CARD}`);
  await expect(entry).toContainText('monitoring review due');
  await entry.getByRole('link', { name: CARD }).click();
  await expect(page.getByTestId('monitoring')).toContainText('overdue');
  await expect(page.getByTestId('monitoring').getByRole('link', { name: 'churn-runbook' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await editorReady(page);
  await page.getByRole('region', { name: 'Model card fields' }).getByLabel('Next monitoring review').fill('2099-01-31');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('monitoring')).toContainText('2099-01-31');
  await expect(page.getByTestId('monitoring')).not.toContainText('overdue');
  // (Its own review date may pass too, depending on the day the suite runs: only the monitoring reason must go.)
  await page.goto('/needs-review');
  await expect(page.locator('h1')).toHaveText('Needs review');
  await expect(page.getByTestId(`needs-review-${CARD}`).locator('.badge', { hasText: 'monitoring review' })).toHaveCount(0);
});
