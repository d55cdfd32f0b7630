import { expect, test } from '@playwright/test';
import { RESTRICTED } from './fixtures/people';
import { editorReady, publishOnCreate, setBody, signInAs, uniqueTitle } from './helpers';

// The seeded practice, by address: other specs create pages with the same title.
const MONITORING = 'a.title[href^="/w/_/monitoring-drift-and-retraining#"], a.title[href="/w/_/monitoring-drift-and-retraining"]';

test('the search page corrects a typo, highlights matches, filters by facet and links to the section', async ({ page }) => {
  await signInAs(page, 'viewer', '/search?q=drfit');
  await expect(page.getByTestId('corrected')).toContainText('Showing results for drift');
  const hits = page.getByTestId('search-hits');
  await expect(hits.locator(MONITORING)).toBeVisible();
  await expect(hits.locator('mark').first()).toBeVisible();

  // Facet counts, then a filter that leaves only runbooks.
  const kinds = page.getByTestId('facet-kind');
  await expect(kinds.getByRole('link', { name: /Runbook \d+/ })).toBeVisible();
  await kinds.getByRole('link', { name: /Runbook/ }).click();
  await expect(page).toHaveURL(/kind=runbook/);
  await expect(hits.locator('.badge')).toHaveText(Array(await hits.locator('li').count()).fill('Runbook'));
  await hits.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/[a-z-]+-runbook(#[a-z0-9-]+)?$/);
});

test('a decision recorded in a retrospective is found as a decision and links to the decision list', async ({ page }) => {
  await signInAs(page, 'viewer', '/search?q=challenge-rate+ratio');
  const hit = page.getByTestId('search-hits').locator('li', { has: page.locator('a.title[href^="/w/card-fraud/fraud-retrospective"]') });
  await expect(hit.getByTestId('hit-record')).toHaveText('Decision');
  await expect(hit).toContainText('Per-segment thresholds for cross-border payments');
  await expect(hit.locator('mark').first()).toBeVisible();
  await hit.locator('a.title').click();
  await expect(page).toHaveURL(/\/w\/card-fraud\/fraud-retrospective#decisions$/);
  await expect(page.locator('#decisions')).toBeVisible();
});

test('an empty result explains itself, and a synonym finds the page that uses the other word', async ({ page }) => {
  await signInAs(page, 'viewer', '/search?q=qwxzv+plorbt');
  await expect(page.getByTestId('search-empty')).toContainText('No documents match “qwxzv plorbt”');
  await page.goto('/search?q=covariate+shift&kind=practice');
  await expect(page.getByTestId('search-hits').locator(MONITORING)).toBeVisible();
});

test('quick search: Ctrl+K, type, arrows and Enter open the page', async ({ page }) => {
  await signInAs(page, 'viewer', '/projects');
  // The shortcut works once the palette's script is running.
  await expect(page.locator('.search-button[data-ready]')).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Quick search' });
  await palette.getByRole('combobox').fill('rollbac');
  const options = palette.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText(/Runbook|Practice|Model card|Retrospective/);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = (await options.nth(1).locator('.title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.search-button[data-ready]')).toBeVisible();
  await page.keyboard.press('/');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
});

test('a saved page becomes searchable; a restricted one stays invisible to outsiders', async ({ page }) => {
  const word = `zebrafinch${Date.now().toString(36).replace(/[0-9]/g, 'q')}`;
  const title = uniqueTitle(`Shadow rollout ${word}`);
  await signInAs(page, 'editor', '/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await setBody(page, `## Canary checks\n\nCompare ${word} error rates before promotion.`);
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(async () => {
    await page.goto(`/search?q=${word}`);
    await expect(page.getByTestId('search-hits').getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('search-hits').getByText('§ Canary checks')).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent('leaked labels')}`);
  await expect(page.getByTestId('search-hits').getByRole('link', { name: RESTRICTED.title })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.locator('main')).not.toContainText(RESTRICTED.name);
  const api = await page.request.post('/api/search', { data: { q: 'leaked labels postmortem' } });
  expect(JSON.stringify(await api.json())).not.toContain(RESTRICTED.title);
});

test('a member of the restricted project finds its postmortem', async ({ page }) => {
  await signInAs(page, 'member', `/search?q=${encodeURIComponent('leaked labels')}`);
  await expect(page.getByTestId('search-hits').getByRole('link', { name: RESTRICTED.title })).toBeVisible();
});

test('the quick search keeps focus while open and gives it back when closed', async ({ page }) => {
  await signInAs(page, 'viewer');
  const button = page.getByRole('button', { name: /^Search/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Quick search' });
  const box = dialog.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  // Tab and Shift+Tab stay in the dialog.
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});
