import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test('a retrospective shows its structured fields as a readable card', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/churn-prediction/churn-retrospective');
  const card = page.getByTestId('retrospective-card');
  await expect(card).toContainText('2025-10-01 → 2026-03-31');
  await expect(card).toContainText('Priya Raman (Lead)');
  await expect(card.getByRole('heading', { name: 'Data feasibility: forecast at kickoff vs what happened' })).toBeVisible();
  await expect(card.locator('table').nth(1)).toContainText('LightGBM for the churn model');
  await expect(card).toContainText('Agree the label definition and who owns it in the kickoff.');
  await expect(card).not.toContainText('{');
  // An open item past its due date reads "overdue", as in the tracker.
  const late = card.getByTestId('action-item').filter({ hasText: 'Automate the snapshot check before backfills' });
  await expect(late).toContainText('overdue');
});

test('the decision log, lessons feed and action-item tracker work across projects and filter', async ({ page }) => {
  await signInAs(page, 'editor', '/decisions');
  const log = page.getByTestId('decision-log');
  await expect(log).toContainText('LightGBM for the churn model');
  await expect(log).toContainText('XGBoost with 180 features');
  await page.getByLabel('Model').fill('cnp-fraud');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/model=cnp-fraud/);
  await expect(log).toContainText('Per-segment thresholds');
  await expect(log).not.toContainText('LightGBM');
  await log
    .getByRole('link', { name: /Card fraud scoring: retrospective/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Card fraud scoring');

  await page.goto('/lessons');
  await page.getByRole('link', { name: 'drift', exact: true }).click();
  const lessons = page.getByTestId('lessons');
  await expect(lessons).toContainText('watch categorical PSI daily');
  await expect(lessons).not.toContainText('randomised holdout');

  await page.goto('/action-items?status=overdue');
  const items = page.getByTestId('action-items');
  await expect(items).toContainText('Agree an early-label proxy');
  await expect(items).not.toContainText('Latency test in the CI pipeline');
  await page.getByLabel('Status').selectOption('done');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(items).toContainText('Latency test in the CI pipeline');
});

test('decisions and lessons from a restricted project stay hidden from outsiders', async ({ browser }) => {
  for (const [who, visible] of [
    ['outsider', false],
    ['member', true],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, who, '/decisions');
    const expectation = expect(page.locator('main'));
    await (visible ? expectation.toContainText('Drop the leaky feature') : expectation.not.toContainText('Drop the leaky feature'));
    await page.goto('/lessons');
    await (visible
      ? expect(page.locator('main')).toContainText('known at decision time')
      : expect(page.locator('main')).not.toContainText('known at decision time'));
    await context.close();
  }
});
