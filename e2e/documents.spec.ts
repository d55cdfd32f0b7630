import { expect, test } from '@playwright/test';
import { editorReady, setBody, signInAs, uniqueTitle } from './helpers';

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'editor');
});

test('create → view → edit → history, with every version readable', async ({ page }) => {
  const title = uniqueTitle('Feature store outage');
  await page.goto('/');
  await page.getByRole('link', { name: 'New document' }).click();
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Kind').selectOption('runbook');
  await page.getByLabel('Project').selectOption({ label: 'Card fraud scoring' });
  await page.getByLabel('Tags').fill('feature-store, on-call');
  await setBody(page, '## First checks\n\nLook at the **freshness panel**.');
  await expect(page.getByTestId('preview').locator('strong')).toHaveText('freshness panel');
  await page.getByRole('button', { name: 'Create document' }).click();

  await expect(page).toHaveURL(/\/w\/card-fraud\/feature-store-outage-/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('document-body').locator('h2')).toHaveText(/First checks/);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toContainText('First checks');
  await expect(page.locator('.doc-aside .facts')).toContainText('on-call');
  const docUrl = page.url();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await setBody(page, '## First checks\n\nLook at the freshness panel, then the deploy log.');
  await page.getByLabel('What changed?').fill('Added the deploy log');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(docUrl);
  await expect(page.getByTestId('document-body')).toContainText('then the deploy log');
  await expect(page.getByText('Version 2')).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  const rows = page.locator('table.history tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Added the deploy log');
  await page.getByRole('link', { name: 'v1' }).click();
  await expect(page.getByRole('status')).toContainText('version 1 of 2');
  // The version's text (the page also shows its structured card now).
  await expect(page.getByTestId('document-body')).not.toContainText('deploy log');
});

test('bad input is refused with a message next to the field and nothing is created', async ({ page }) => {
  await page.goto('/new');
  await editorReady(page);
  await page.getByLabel('Title').fill('   ');
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.locator('.field-error')).toHaveText('Title is required');
  await expect(page).toHaveURL(/\/new$/);

  await page.getByLabel('Title').fill('Monitoring, drift and retraining');
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.locator('.alert')).toContainText('already exists');
  await expect(page.locator('.field-error')).toHaveText('Already taken; choose another slug or title');
  await page.getByLabel('URL slug').fill('monitoring-drift-and-retraining-for-batch-jobs');
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page).toHaveURL('/w/_/monitoring-drift-and-retraining-for-batch-jobs');
});

test('an unknown document gets a proper 404 page', async ({ page }) => {
  const res = await page.goto('/w/card-fraud/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // It helps: recent pages to pick up, and a search that goes to the results.
  await expect(page.getByRole('navigation', { name: 'Recently updated' }).getByRole('link')).not.toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search the wiki' }).fill('drift');
  await page.getByRole('searchbox', { name: 'Search the wiki' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=drift/);
  await expect(page.getByTestId('search-hits')).toBeVisible();
});

test('lists and project pages show the seeded corpus', async ({ page }) => {
  await page.goto('/practices');
  await expect(page.getByRole('link', { name: 'Ethics and bias from day one' })).toBeVisible();
  expect(await page.locator('.doc-list li').count()).toBeGreaterThanOrEqual(13);
  await page.goto('/projects/churn-prediction');
  await expect(page.getByRole('heading', { name: /Model cards \(\d+\)/ })).toBeVisible();
  await expect(page.locator('#main').getByRole('link', { name: 'Model card: churn risk (LightGBM)' })).toBeVisible();
  await expect(page.locator('#main').getByRole('link', { name: 'Runbook: churn scoring job' })).toBeVisible();

  // A practice's "applies to" tags filter the practices list.
  await page.goto('/w/_/monitoring-drift-and-retraining');
  await page.getByTestId('practice').getByRole('link', { name: 'production' }).click();
  await expect(page).toHaveURL(/\/practices\?applies=production$/);
  await expect(page.locator('.doc-list').getByRole('link', { name: 'Monitoring, drift and retraining' })).toBeVisible();
  await expect(page.locator('.doc-list').getByRole('link', { name: 'Reproducibility' })).toHaveCount(0);

  // A runbook reads as a card: alerts by type, first actions, levers.
  await page.goto('/w/churn-prediction/churn-runbook');
  const runbook = page.getByTestId('runbook');
  await expect(runbook.getByRole('row', { name: /Input drift churn_input_drift PSI > 0.25/ })).toBeVisible();
  await expect(runbook.locator('#levers + ol li').first()).toContainText('Delay the campaign by a day');
});

test('"New document" opens a draft prefilled from the chosen kind’s template', async ({ page }) => {
  await page.goto('/new?kind=runbook');
  await editorReady(page);
  const runbook = page.getByRole('region', { name: 'Runbook fields' });
  await expect(runbook.getByTestId('levers-most-reversible-first-0').getByLabel('Lever')).toHaveValue(
    'Roll back to the last good registry version',
  );
  await expect(page.locator('.cm-content')).toContainText('Background');
  await page.getByLabel('Kind').selectOption('model_card');
  await expect(page.getByRole('region', { name: 'Model card fields' }).getByLabel('Drift thresholds (one per line)')).toHaveValue(
    /PSI > 0.25/,
  );
  await expect(page.locator('.cm-content')).toContainText('How the model works');
  await page.getByLabel('Kind').selectOption('retrospective');
  await expect(page.getByRole('region', { name: 'Retrospective fields' })).toBeVisible();
  await expect(page.locator('.cm-content')).toContainText('Ethics and bias: what we found');
  // The template's instructions guide the writer beside the editor; they are not the page's text.
  await expect(page.getByTestId('template-guidance')).toContainText('Write here what the form does not hold');
  await expect(page.locator('.cm-content')).not.toContainText('Write here what the form does not hold');
});
