import { expect, test } from '@playwright/test';
import { signInAs, uniqueTitle } from './helpers';

test('"New project" scaffolds the kickoff and drafts of the model card, runbook and retrospective', async ({ page }) => {
  const name = uniqueTitle('Demand forecasting');
  await signInAs(page, 'editor', '/projects');
  await page.getByRole('link', { name: 'New project' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('What is it for?').fill('Weekly SKU-level demand forecasts for replenishment.');
  await page.getByRole('button', { name: 'Create project' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  for (const title of [`Kickoff: ${name}`, `Model card: ${name}`, `Runbook: ${name}`, `Retrospective: ${name}`]) {
    await expect(page.locator('.doc-list').getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.locator('.doc-list .badge', { hasText: /^Draft$/ })).toHaveCount(3);
  // Drafts are work in progress: they are not counted in the project's ethics coverage.
  await expect(page.getByRole('heading', { name: /Model cards/ })).toBeVisible();
  await expect(page.getByTestId('ethics-coverage')).toHaveCount(0);
  await page
    .locator('.doc-list')
    .getByRole('link', { name: `Kickoff: ${name}` })
    .click();
  await expect(page.getByTestId('document-body')).toContainText('Data-feasibility assessment');
  await expect(page.getByTestId('document-body')).toContainText('Ethics and bias review');
  await expect(page.getByTestId('document-body').locator('h2', { hasText: 'Roles' })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Members and visibility' }).click();
  await expect(page.getByTestId('member-e2e-editor@hindsight.test')).toContainText('owner');
});

test('a viewer cannot start a project', async ({ page }) => {
  await signInAs(page, 'viewer', '/projects/new');
  await expect(page.getByText('Only editors and admins can start projects')).toBeVisible();
  const res = await page.request.post('/api/projects', { data: { name: 'Sneaky' } });
  expect(res.status()).toBe(403);
});
