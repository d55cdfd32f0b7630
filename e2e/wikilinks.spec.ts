import { expect, test } from '@playwright/test';
import { editorReady, publishOnCreate, setBody, signInAs, uniqueTitle } from './helpers';

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'editor');
});

test('a related practice link navigates to its page, which lists the linking page under "Linked from"', async ({ page }) => {
  await page.goto('/w/_/ethics-and-bias-from-day-one');
  await page.getByTestId('practice').getByRole('link', { name: 'Feasibility is dictated by data' }).click();
  await expect(page).toHaveURL(/\/w\/_\/feasibility-is-dictated-by-data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Feasibility is dictated by data');
  const linkedFrom = page.locator('section', { has: page.getByRole('heading', { name: 'Linked from' }) });
  await expect(linkedFrom.getByRole('link', { name: 'Ethics and bias from day one' })).toBeVisible();
});

test('a link to a page that does not exist is shown as broken and offers to create it', async ({ page }) => {
  const missing = uniqueTitle('Shadow deployment checklist');
  await page.goto('/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(uniqueTitle('Linker'));
  await setBody(page, `Before launch, follow [[${missing}]].`);
  const previewLink = page.getByTestId('preview').getByRole('link', { name: missing });
  await expect(previewLink).toHaveClass(/wikilink-broken/);
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();

  await expect(page).toHaveURL(/\/w\/_\/linker-/);
  const linkerUrl = page.url();
  const broken = page.getByTestId('document-body').getByRole('link', { name: missing });
  await expect(broken).toHaveClass(/wikilink-broken/);
  await broken.click();
  await expect(page).toHaveURL(/\/new\?title=/);
  await expect(page.getByLabel('Title')).toHaveValue(new RegExp(missing, 'i'));
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(missing, 'i'));

  await page.goto(linkerUrl);
  await expect(page.getByTestId('document-body').getByRole('link', { name: missing })).not.toHaveClass(/wikilink-broken/);
});
