import { expect, test, type Page } from '@playwright/test';
import { editorReady, setBody, signInAs, uniqueTitle } from './helpers';

test('two tabs edit the same document: the second save gets the conflict and keeps its text', async ({ context }) => {
  const tabA = await context.newPage();
  await signInAs(tabA, 'editor');
  const created = await tabA.request.post('/api/documents', {
    data: { kind: 'runbook', title: uniqueTitle('Conflict runbook'), body: 'Line one.\n\nLine two.' },
  });
  expect(created.status()).toBe(201);
  const { path } = (await created.json()) as { path: string };

  const tabB = await context.newPage();
  await tabA.goto(`${path}/edit`);
  await tabB.goto(`${path}/edit`);

  await setBody(tabA, 'Line one.\n\nLine two, clarified by A.');
  await tabA.getByRole('button', { name: 'Save' }).click();
  await expect(tabA).toHaveURL(path);

  const draftB = 'Line one, rewritten by B.\n\nLine two.';
  await setBody(tabB, draftB);
  await tabB.getByRole('button', { name: 'Save' }).click();

  const notice = tabB.getByRole('alert').filter({ hasText: 'changed while you were editing' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Someone saved version 2');
  await expect(notice.getByTestId('diff').first()).toContainText('clarified by A');
  await expect(tabB.locator('.cm-content')).toContainText('rewritten by B');
  await expect(tabB).toHaveURL(`${path}/edit`);

  // The page still shows A's version: nothing was overwritten.
  await tabA.reload();
  await expect(tabA.getByTestId('document-body')).toContainText('clarified by A');

  // B decides explicitly to save their text on top of version 2.
  await notice.getByRole('button', { name: 'Save my text as version 3' }).click();
  await expect(tabB).toHaveURL(path);
  await expect(tabB.getByTestId('document-body')).toContainText('rewritten by B');
  await expect(tabB.getByText('Version 3')).toBeVisible();
});

/** Waits until the editor's backup in localStorage holds `text` (it is written after a pause). */
async function backupHolds(page: Page, text: string) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('hindsight:draft:'))
          .map((k) => localStorage.getItem(k))
          .join('\n'),
      ),
    )
    .toContain(text);
}

test('unsaved text survives closing the tab and is offered back', async ({ page }) => {
  await signInAs(page, 'editor');
  const created = await page.request.post('/api/documents', {
    data: { kind: 'practice', title: uniqueTitle('Draft backup'), body: 'Saved text.' },
  });
  const { path } = (await created.json()) as { path: string };
  await page.goto(`${path}/edit`);
  await setBody(page, 'Half-written thought that must not be lost.');
  await backupHolds(page, 'must not be lost');
  await page.goto(path);
  await page.goto(`${path}/edit`);
  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.locator('.cm-content')).toContainText('must not be lost');
});

test('unsaved retrospective fields survive leaving the page too', async ({ page }) => {
  await signInAs(page, 'editor', '/new?kind=retrospective');
  await editorReady(page);
  const form = page.getByRole('region', { name: 'Retrospective fields' });
  await form.getByRole('button', { name: 'Add lesson' }).click();
  await form.getByTestId('lessons-0').getByLabel('Lesson (one line)').fill('Half-written lesson that must not be lost');
  await backupHolds(page, 'Half-written lesson');
  await page.goto('/');
  await page.goto('/new?kind=retrospective');
  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect(
    page.getByRole('region', { name: 'Retrospective fields' }).getByTestId('lessons-0').getByLabel('Lesson (one line)'),
  ).toHaveValue('Half-written lesson that must not be lost');
});
