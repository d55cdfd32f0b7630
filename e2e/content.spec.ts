// Pages out and in: download a page and a project, then upload a zip with a new page and one
// that changed in the wiki since it was exported, read the dry run, import, and find the page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { signInAs, uniqueTitle } from './helpers';

test('download a page as Markdown and its project as a zip', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/churn-prediction/churn-runbook');
  const [pageFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .md' }).click()]);
  expect(pageFile.suggestedFilename()).toBe('churn-runbook.md');
  const text = readFileSync(await pageFile.path(), 'utf8');
  expect(text).toMatch(/^---\ntitle: "Runbook: churn scoring job"\nslug: churn-runbook\nkind: runbook\n/);
  expect(text).toContain('- "Post in #ml-oncall that you are on it, with the alert link."');

  await page.goto('/projects/churn-prediction');
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download project (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toBe('churn-prediction.zip');
  const files = Object.keys(unzipSync(readFileSync(await zip.path())));
  expect(files).toEqual(
    expect.arrayContaining(['people.yml', 'projects/churn-prediction/project.md', 'projects/churn-prediction/churn-model-card.md']),
  );
});

test('upload a zip with a conflicting page: read the dry run, import, find the new page in search', async ({ page }) => {
  await signInAs(page, 'editor');
  const name = uniqueTitle('Import target');
  const made = await page.request.post('/api/projects', { data: { name } });
  expect(made.status()).toBe(201);
  const { slug } = (await made.json()) as { slug: string };
  const exported = await page.request.get(`/api/projects/${slug}/export`);
  const files = unzipSync(new Uint8Array(await exported.body()));
  const base = `projects/${slug}`;

  // The runbook changes in the wiki after the export, and in the file too: a conflict.
  await page.goto(`/w/${slug}/runbook`);
  const id = (await page.getByRole('link', { name: 'Download .md' }).getAttribute('href'))!.split('/')[3];
  const title = (await page.locator('h1').textContent())!;
  const edited = await page.request.put(`/api/documents/${id}`, {
    data: { baseVersion: 1, title, body: 'Edited in the wiki.', tags: [], status: 'draft', message: 'Edited after the export' },
  });
  expect(edited.status()).toBe(200);
  const fileText = new TextDecoder().decode(files[`${base}/runbook.md`]);
  const newTitle = uniqueTitle('Imported lesson page');
  const upload = zipSync({
    ...files,
    [`${base}/runbook.md`]: strToU8(fileText.replace(/\n---\n/, '\n---\nChanged in the file.\n\n')),
    [`${base}/imported.md`]: strToU8(
      `---\ntitle: "${newTitle}"\nkind: practice\ntags: [imported]\n---\nWrite the retrospective within a week of launch.\n`,
    ),
  });

  await page.goto(`/projects/${slug}`);
  await page.getByRole('link', { name: 'Import files' }).click();
  await page.getByLabel('File to import').setInputFiles({ name: 'pages.zip', mimeType: 'application/zip', buffer: Buffer.from(upload) });
  await page.getByRole('button', { name: 'Check files' }).click();
  const plan = page.getByTestId('import-plan');
  await expect(plan.locator('tr[data-action="conflict"]')).toContainText('Changed in the wiki since this file was exported');
  await expect(plan.locator('tr[data-action="create"]')).toContainText(newTitle);
  await expect(plan.locator('tr[data-action="unchanged"]')).toHaveCount(3);

  await page.getByRole('button', { name: 'Import 1 page' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('1 created, 0 updated, 3 unchanged, 1 skipped');
  await result.getByRole('link', { name: newTitle }).click();
  await expect(page.locator('h1')).toHaveText(newTitle);

  // The wiki's edit is still there; the skipped file did not overwrite it.
  await page.goto(`/w/${slug}/runbook`);
  await expect(page.getByTestId('document-body')).toContainText('Edited in the wiki.');
  await expect(page.getByTestId('document-body')).not.toContainText('Changed in the file.');

  await page.goto(`/search?q=${encodeURIComponent(newTitle)}`);
  await expect(page.getByTestId('search-hits').getByRole('link', { name: newTitle })).toBeVisible();
});
