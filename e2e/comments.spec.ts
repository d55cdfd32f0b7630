// A viewer asks about a section of a practice, mentioning an editor picked from the suggestions;
// the editor replies and resolves the thread, which folds; the viewer edits their own words, and
// sees no way to touch the editor's.
import { expect, test } from '@playwright/test';
import { hydrated, signInAs, uniqueTitle } from './helpers';

const PAGE = '/w/_/experiment-tracking';

test('comment on a section, reply, edit your own, resolve and find it folded', async ({ browser }) => {
  const question = uniqueTitle('Do we log the seed');
  const viewer = await browser.newPage();
  await signInAs(viewer, 'viewer', PAGE);
  const comments = viewer.getByTestId('comments');
  await comments.getByLabel('About').selectOption({ label: 'Section: What to log per run' });
  await comments.getByLabel('New comment').fill(`${question} **and** the data hash? Asking @Eddie`);
  // The box suggests people who may read the page; picking one writes their handle.
  await comments
    .getByRole('list', { name: 'People to mention' })
    .getByRole('button', { name: /Eddie Editor/ })
    .click();
  await expect(comments.getByLabel('New comment')).toHaveValue(/Asking @[\w.-]+ $/);
  await comments.getByRole('button', { name: 'Add comment' }).click();
  const thread = viewer.getByTestId('comment-thread').filter({ hasText: question });
  await expect(thread).toContainText('On section What to log per run');
  await expect(thread.locator('.prose strong')).toHaveText('and');
  await expect(thread.getByTestId('mentions')).toHaveText('Mentions Eddie Editor');
  await expect(comments.getByLabel('New comment')).toHaveValue('');

  // An editor replies, then resolves it.
  const editor = await browser.newPage();
  await signInAs(editor, 'editor', PAGE);
  const theirThread = editor.getByTestId('comment-thread').filter({ hasText: question });
  await theirThread.getByLabel('Reply').fill('Yes: both, as run tags.');
  await theirThread.getByRole('button', { name: 'Reply' }).click();
  await expect(theirThread.getByTestId('comment')).toHaveCount(2);
  // Their own comment has Edit; the viewer's has not (words are their author's alone).
  await expect(theirThread.getByTestId('comment').nth(0).getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(theirThread.getByTestId('comment').nth(1).getByRole('button', { name: 'Edit' })).toHaveCount(1);

  // The viewer edits their question.
  await viewer.reload();
  await hydrated(viewer);
  const mine = viewer.getByTestId('comment-thread').filter({ hasText: question }).getByTestId('comment').nth(0);
  await expect(mine.getByRole('button', { name: 'Delete' })).toHaveCount(1);
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByLabel('Edit your comment').fill(`${question} and the data hash, per run?`);
  await mine.getByRole('button', { name: 'Save comment' }).click();
  await expect(mine).toContainText('per run?');
  await expect(mine).toContainText('edited');
  // The editor's reply offers the viewer neither Edit nor Delete.
  const reply = viewer.getByTestId('comment-thread').filter({ hasText: question }).getByTestId('comment').nth(1);
  await expect(reply.getByRole('button')).toHaveCount(0);

  await editor.reload();
  await hydrated(editor);
  await editor.getByTestId('comment-thread').filter({ hasText: question }).getByRole('button', { name: 'Resolve' }).click();
  const folded = editor.getByTestId('resolved-threads');
  await expect(folded).not.toHaveAttribute('open');
  await folded.locator('summary').click();
  await expect(folded.getByTestId('comment-thread').filter({ hasText: question })).toContainText('resolved');
});
