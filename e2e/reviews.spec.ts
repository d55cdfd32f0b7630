import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

const CARD = 'Model card: card-not-present fraud score (XGBoost)';

test('verify a document and see it leave "Needs review"', async ({ page }) => {
  await signInAs(page, 'editor', '/needs-review');
  const entry = page.getByTestId(`needs-review-${CARD}`);
  await expect(entry).toContainText('never verified');
  await entry.getByRole('link', { name: CARD }).click();

  const review = page.getByTestId('review-card');
  await expect(review).toContainText('Review overdue');
  await expect(review).toContainText('review by 2026-11-15');
  await review.getByLabel('Review note').fill('Thresholds re-checked against October traffic');
  await review.getByRole('button', { name: /Verify: still true as of v1/ }).click();
  await expect(review).toContainText('Verified: still true as of version 1, by Eddie Editor');
  await expect(review).toContainText('Thresholds re-checked');
  // Verifying moves the review date on: no longer due, in the same words as everywhere.
  await expect(review).toContainText('Review not yet due');
  await expect(review).not.toContainText('Not verified');

  await page.goto('/needs-review');
  // Gone, unless its monitoring review (a different review, set in the card) has passed since.
  await expect(page.getByTestId(`needs-review-${CARD}`).locator('.badge', { hasText: /^review due/ })).toHaveCount(0);
  await expect(page.getByTestId('needs-review-Experiment tracking')).toBeVisible();
});

test('a viewer sees the review state but cannot verify', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/_/experiment-tracking');
  await expect(page.getByTestId('review-card')).toContainText('Review overdue');
  await expect(page.getByRole('button', { name: /Verify/ })).toHaveCount(0);
});
