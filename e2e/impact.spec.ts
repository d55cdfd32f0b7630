// A lead opens a dataset and asks what depends on it: the impact view lists the model trained on
// it, and through that model its runbook and retrospective; the project graph draws the same
// relations and lists them for screen readers. All of it from the seeded content.
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test('open a dataset’s impact view and the project graph', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/card-fraud/card-transactions');
  await expect(page.getByRole('heading', { level: 1, name: 'Card transactions' })).toBeVisible();
  await expect(page.getByTestId('dataset')).toContainText('Personal data (GDPR)');
  const relations = page.getByTestId('relations');
  await expect(relations.getByText('Models trained on it')).toBeVisible();
  await expect(relations.getByRole('link', { name: /fraud score/ })).toBeVisible();

  await page.getByRole('link', { name: 'Impact', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What depends on “Card transactions”' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Models trained on it' }).getByRole('link', { name: /fraud score/ })).toBeVisible();
  const operated = page.getByRole('region', { name: 'Runbooks that operate it, through the models' });
  await expect(operated.getByRole('link', { name: 'Runbook: real-time fraud scoring' })).toBeVisible();
  await expect(operated).toContainText('through Model card: card-not-present fraud score');
  await expect(
    page.getByRole('region', { name: 'Retrospectives about this, through the models' }).getByRole('link', { name: /retrospective/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open action items on these pages' })).toContainText('early-label proxy');

  // The model card's own impact view starts from it; the project graph shows the whole chain.
  await page.goto('/projects/card-fraud/graph');
  await expect(page.getByTestId('project-graph')).toBeVisible();
  const list = page.getByTestId('graph-relations');
  await expect(list.getByRole('listitem').filter({ hasText: 'trained on → Card transactions' })).toHaveCount(1);
  await expect(list.getByRole('listitem').filter({ hasText: 'Runbook: real-time fraud scoring — operates →' })).toHaveCount(1);
});
