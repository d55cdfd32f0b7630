// An editor gives a viewer an action item in a retrospective; the viewer finds it under "My action
// items" on the home page, ticks it off from the tracker, and the retrospective's history shows
// the new version saying who did it.
import { expect, test } from '@playwright/test';
import { PEOPLE } from './fixtures/people';
import { signInAs, uniqueTitle } from './helpers';

test('tick an action item off from the tracker; the retrospective records who and when', async ({ browser }) => {
  const editor = await browser.newPage();
  await signInAs(editor, 'editor');
  const title = uniqueTitle('Retrospective: feature store migration');
  const action = uniqueTitle('Add a freshness check to the feature store');
  const created = await editor.request.post('/api/documents', {
    data: {
      kind: 'retrospective',
      projectSlug: 'card-fraud',
      title,
      body: '## What happened\n\nThe migration went well.',
      fields: { actionItems: [{ action, owner: PEOPLE.viewer.name, due: '2099-01-31' }] },
    },
  });
  expect(created.status()).toBe(201);
  const { path } = (await created.json()) as { path: string };

  const viewer = await browser.newPage();
  await signInAs(viewer, 'viewer');
  const mine = viewer.getByRole('region', { name: 'My action items' });
  await expect(mine.getByTestId('action-item').filter({ hasText: action })).toBeVisible();

  await viewer.goto('/action-items?mine=1');
  const row = viewer.getByTestId('action-item').filter({ hasText: action });
  await expect(row.getByText('2099-01-31')).toBeVisible();
  await row.getByRole('button', { name: `Mark done: ${action}` }).click();
  // Done items leave the open list; the done list shows who ticked it off and when.
  await expect(row).toHaveCount(0);
  await viewer.goto('/action-items?mine=1&status=done');
  const today = new Date().toISOString().slice(0, 10);
  await expect(viewer.getByTestId('action-item').filter({ hasText: action })).toContainText(`by ${PEOPLE.viewer.name} on ${today}`);

  // The retrospective: the card shows it done, and history has the version that did it.
  await viewer.goto(path);
  const item = viewer.getByTestId('retrospective-card').getByTestId('action-item').filter({ hasText: action });
  await expect(item).toContainText('done');
  await expect(item.getByRole('button', { name: `Reopen: ${action}` })).toBeVisible();
  await viewer.goto(`${path}/history`);
  await expect(viewer.getByText(`Marked done: ${action}`)).toBeVisible();
  await expect(viewer.getByRole('row').filter({ hasText: `Marked done: ${action}` })).toContainText(PEOPLE.viewer.name);
});
