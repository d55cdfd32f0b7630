import { expect, test, type Page } from '@playwright/test';
import { editorReady, setBody, signInAs, uniqueTitle } from './helpers';

// A new page starts as a draft: its writer and the project's editors see it, marked; a viewer
// gets a 404 and finds nothing in search until someone who may edit it publishes it.
for (const [name, viewport] of [
  ['wide', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`a new document is a draft, invisible to a viewer until published (${name})`, async ({ browser }) => {
    const editorContext = await browser.newContext({ viewport });
    const viewerContext = await browser.newContext({ viewport });
    const editor = await editorContext.newPage();
    const viewer = await viewerContext.newPage();
    await signInAs(editor, 'editor');
    await signInAs(viewer, 'viewer');

    const word = `draftcheck${Date.now().toString(36)}${name}`;
    const title = uniqueTitle('Shadow deployment checklist');
    await editor.goto('/new?kind=runbook');
    await editorReady(editor);
    await editor.getByLabel('Title').fill(title);
    await editor.getByLabel('Project').selectOption({ label: 'Card fraud scoring' });
    await expect(editor.getByTestId('document-status')).toHaveValue('draft');
    await setBody(editor, `## Before the switch\n\nCompare the shadow scores: ${word}.`);
    await editor.getByRole('button', { name: 'Create document' }).click();
    await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const path = new URL(editor.url()).pathname;
    await expect(editor.locator('.page-title ~ .meta .badge.draft')).toHaveText('Draft');
    await expect(editor.getByTestId('draft-notice')).toBeVisible();
    // The writer finds it in search, marked as a draft.
    await expect(async () => {
      await editor.goto(`/search?q=${word}`);
      const hit = editor.getByTestId('search-hits').locator('li', { has: editor.getByRole('link', { name: title }) });
      await expect(hit.locator('.badge.draft')).toHaveText('Draft', { timeout: 1000 });
    }).toPass();

    // The viewer: no page, not in the project's list, not in search.
    expect((await viewer.goto(path))?.status()).toBe(404);
    await viewer.goto('/projects/card-fraud');
    await expect(viewer.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(viewer.getByRole('link', { name: title })).toHaveCount(0);
    await expectSearch(viewer, word, 0);

    // Published: the notice and the badge go, and the viewer sees it everywhere.
    await editor.goto(path);
    await editor.getByRole('button', { name: 'Publish' }).click();
    await expect(editor.getByText('Version 2')).toBeVisible();
    await expect(editor.getByTestId('draft-notice')).toHaveCount(0);
    await expect(editor.locator('.page-title ~ .meta .badge.draft')).toHaveCount(0);
    expect((await viewer.goto(path))?.status()).toBe(200);
    await expect(viewer.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(viewer.getByRole('button', { name: 'Publish' })).toHaveCount(0);
    await viewer.goto('/projects/card-fraud');
    await expect(viewer.locator('#main').getByRole('link', { name: title })).toBeVisible();
    await expect(async () => {
      await expectSearch(viewer, word, 1);
    }).toPass();
    await editorContext.close();
    await viewerContext.close();
  });
}

async function expectSearch(page: Page, word: string, count: number) {
  await page.goto(`/search?q=${word}`);
  const hits = page.getByTestId('search-hits').locator('li');
  if (count === 0) await expect(page.getByTestId('search-empty')).toBeVisible({ timeout: 1000 });
  else await expect(hits).toHaveCount(count, { timeout: 1000 });
}
