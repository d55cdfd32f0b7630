// A writer starts a retrospective in one project and, as they type, the side panel fills with
// similar past work from the other project: its retrospective, and why it matched.
import { expect, test } from '@playwright/test';
import { editorReady, signInAs } from './helpers';

test('the similar-work panel fills while typing a retrospective', async ({ page }) => {
  await signInAs(page, 'editor', '/new');
  await editorReady(page);
  await page.getByLabel('Kind').selectOption('retrospective');
  await page.getByLabel('Project').selectOption({ label: 'Card fraud scoring' });
  const panel = page.getByTestId('similar-panel');
  await expect(panel).toBeVisible();
  await page.getByLabel('Title').fill('Churn-style label definition and subgroup evaluation for fraud');
  await page.getByLabel('Tags').fill('label-definition, fairness, evaluation');
  const retro = panel.getByTestId('similar-item').filter({ hasText: 'Churn prediction v1: retrospective' });
  await expect(retro.first()).toBeVisible();
  await expect(retro.first()).toContainText('Why:');
  // Nothing from the writer's own project.
  await expect(panel.getByTestId('similar-item').filter({ hasText: 'Card fraud scoring' })).toHaveCount(0);
});

test('every page lists related work from other projects', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/churn-prediction/churn-retrospective');
  const related = page.getByRole('region', { name: 'Related' });
  await expect(
    related.getByTestId('similar-item').filter({ hasText: 'Card fraud scoring: retrospective after the first year' }).first(),
  ).toBeVisible();
  await expect(related.getByTestId('similar-item').filter({ hasText: 'Subscriber churn prediction' })).toHaveCount(0);
});
