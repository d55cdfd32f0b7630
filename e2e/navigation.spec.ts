// The header marks where the reader is: the page itself, or the section it belongs to.
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test('the header marks the current page and section for everyone, screen readers included', async ({ page }) => {
  await signInAs(page, 'viewer', '/decisions');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Decisions' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await page.goto('/projects/card-fraud');
  await expect(nav.getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /.*/);
});

test('"On this page" lists the card’s sections before the body’s headings, and they lead there', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/churn-prediction/churn-model-card');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  await expect(links.first()).toHaveText('Intended use');
  await expect(toc.getByRole('link', { name: 'Evaluation results by subgroup' })).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Monitoring', exact: true })).toBeVisible();
  // The body's own headings follow the card's.
  await expect(links.last()).toHaveText('History');
  await toc.getByRole('link', { name: 'Evaluation results by subgroup' }).click();
  await expect(page).toHaveURL(/#results-by-subgroup$/);
  await expect(page.locator('#results-by-subgroup')).toBeInViewport();
});
