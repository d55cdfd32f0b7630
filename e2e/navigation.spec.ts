// The sidebar and header: where the reader is (the page itself, the section it belongs to), the
// current project's pages by kind, folding the sidebar on a wide screen and the menu on a phone.
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test('the sidebar marks the current page and section, and lists the project’s pages by kind', async ({ page }) => {
  await signInAs(page, 'viewer', '/decisions');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Decisions' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  // Outside a project no project's pages are listed.
  await expect(nav.locator('.sidebar-tree')).toHaveCount(0);

  // The sidebar's links move without reloading the page (a mark left on the window survives).
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  await nav.getByRole('link', { name: 'Subscriber churn prediction' }).click();
  await expect(page).toHaveURL(/\/projects\/churn-prediction$/);
  expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
  await expect(nav.getByRole('link', { name: 'Subscriber churn prediction' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Projects' })).not.toHaveAttribute('aria-current', /.*/);
  const tree = nav.locator('.sidebar-tree');
  await expect(tree.locator('summary')).toContainText(['Retrospectives', 'Runbooks', 'Model cards']);

  // Following a page in the tree marks it, and its project as the section it is in.
  await tree.getByRole('link', { name: 'Model card: churn risk (LightGBM)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model card: churn risk (LightGBM)');
  await expect(tree.getByRole('link', { name: 'Model card: churn risk (LightGBM)' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Subscriber churn prediction' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /.*/);
});

test('on a wide screen the sidebar folds away and stays folded on the next page', async ({ page }) => {
  await signInAs(page, 'editor', '/lessons');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await menu.click();
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await page.goto('/decisions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav.getByRole('link', { name: 'Decisions' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one slim row and the sections open from its menu', async ({ page }) => {
    await signInAs(page, 'editor', '/w/churn-prediction/churn-model-card');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(56);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Model card: churn risk (LightGBM)' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // Moving to another page closes the menu.
    await menu.click();
    await nav.getByRole('link', { name: 'Runbook: churn scoring job' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runbook: churn scoring job');
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
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
