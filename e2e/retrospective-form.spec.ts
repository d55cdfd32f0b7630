import { expect, test } from '@playwright/test';
import { editorReady, publishOnCreate, signInAs, uniqueTitle } from './helpers';

test('write a retrospective with a decision, a lesson and an action item, then find each across projects', async ({ page }) => {
  const title = uniqueTitle('Forecasting retro');
  const tag = `e2e${Date.now().toString(36)}`;
  await signInAs(page, 'editor', '/new?kind=retrospective&project=churn-prediction');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  const form = page.getByRole('region', { name: 'Retrospective fields' });
  await form.getByLabel('From').fill('2026-09-01');
  await form.getByLabel('To', { exact: true }).fill('2026-11-20');

  await form.getByRole('button', { name: 'Add decision' }).click();
  const decision = form.getByTestId('decisions-0');
  await decision.getByLabel('Decision', { exact: true }).fill(`Prophet baseline before deep models (${tag})`);
  await decision.getByLabel('Decided by').fill('Priya Raman');
  await decision.getByLabel('Date').fill('2026-09-15');
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();
  // Inline message from the schema, next to the field; nothing was created.
  await expect(decision.locator('.field-error')).toHaveText('Required');
  await expect(page).toHaveURL(/\/new\?/);
  await decision.getByLabel('Rationale').fill('Beat the naive forecast by 18% MAPE in a day');

  await form.getByRole('button', { name: 'Add lesson' }).click();
  await form.getByTestId('lessons-0').getByLabel('Lesson (one line)').fill(`Start from a simple baseline (${tag})`);
  await form.getByTestId('lessons-0').getByLabel('Tags (comma-separated)').fill(`${tag}, baselines`);
  await form.getByRole('button', { name: 'Add action item' }).click();
  await form.getByTestId('action-items-0').getByLabel('Action').fill(`Publish the baseline notebook (${tag})`);
  await form.getByTestId('action-items-0').getByLabel('Owner').fill('Mei Lin');
  await form.getByTestId('action-items-0').getByLabel('Due').fill('2026-10-01');
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('retrospective-card')).toContainText('1 decisions · 1 lessons · 1 open action item');

  await page.goto(`/decisions?decider=${encodeURIComponent('Priya Raman')}`);
  await expect(page.getByTestId('decision-log')).toContainText(`Prophet baseline before deep models (${tag})`);
  await page.goto(`/lessons?tag=${tag}`);
  await expect(page.getByTestId('lessons')).toContainText(`Start from a simple baseline (${tag})`);
  await page.goto('/action-items?status=overdue&owner=Mei');
  await expect(page.getByTestId('action-items')).toContainText(`Publish the baseline notebook (${tag})`);

  // Editing keeps the fields: mark the action done and it leaves the overdue list.
  await page.goto('/lessons');
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await editorReady(page);
  await page.getByRole('region', { name: 'Retrospective fields' }).getByTestId('action-items-0').getByLabel('Status').selectOption('done');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('retrospective-card')).toContainText('0 open action items');
  await page.goto('/action-items?status=overdue&owner=Mei');
  await expect(page.locator('main')).not.toContainText(`Publish the baseline notebook (${tag})`);
});
