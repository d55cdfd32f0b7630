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
