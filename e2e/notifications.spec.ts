// A viewer watches a page; an editor saves a new version and mentions the viewer in a comment;
// the viewer's bell counts both, the inbox links to the change and to the comment, and the
// mention arrives by email too (mentions email by default).
import { expect, test } from '@playwright/test';
import { startSmtp } from '../test/smtp-receiver';
import { PEOPLE } from './fixtures/people';
import { editorReady, hydrated, publishOnCreate, setBody, signInAs, uniqueTitle } from './helpers';
import { ports } from './ports';

// The mail server the e2e server's worker sends to (SMTP_URL in serve-e2e.ts).
let smtp: Awaited<ReturnType<typeof startSmtp>>;
test.beforeAll(async () => {
  smtp = await startSmtp(ports().smtp);
});
test.afterAll(() => smtp.close());

test('watch a page, see another person’s edit and mention in the bell and the inbox', async ({ browser }) => {
  const editor = await browser.newPage();
  await signInAs(editor, 'editor');
  const title = uniqueTitle('Feature freshness runbook');
  await editor.goto('/new');
  await editorReady(editor);
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Kind').selectOption('runbook');
  await editor.getByLabel('Project').selectOption({ label: 'Card fraud scoring' });
  await setBody(editor, '## First checks\n\nLook at the freshness panel.');
  await publishOnCreate(editor);
  await editor.getByRole('button', { name: 'Create document' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const pageUrl = editor.url();

  const viewer = await browser.newPage();
  await signInAs(viewer, 'viewer', new URL(pageUrl).pathname);
  await viewer.getByRole('button', { name: 'Watch', exact: true }).click();
  await expect(viewer.getByRole('button', { name: 'Stop watching' })).toBeVisible();
  // Other specs may have left the viewer notices; count from here.
  const bell = viewer.getByTestId('bell');
  const before = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);

  // The editor saves a second version, then mentions the viewer.
  await editor.getByRole('link', { name: 'Edit', exact: true }).click();
  await setBody(editor, '## First checks\n\nLook at the freshness panel, then the lag alert.');
  await editor.getByLabel('What changed?').fill('Added the lag alert');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Version 2')).toBeVisible();
  const comments = editor.getByTestId('comments');
  await comments.getByLabel('New comment').fill('Can you check this, @Vera');
  await comments
    .getByRole('list', { name: 'People to mention' })
    .getByRole('button', { name: /Vera Viewer/ })
    .click();
  await comments.getByRole('button', { name: 'Add comment' }).click();
  await expect(editor.getByTestId('comment-thread').filter({ hasText: 'Can you check this' })).toBeVisible();

  // The mention comes by email, with the page's title and a link to the comment.
  await expect
    .poll(() => smtp.mails.filter((m) => m.to.includes(PEOPLE.viewer.email)).map((m) => m.subject))
    .toContain(`Eddie Editor mentioned you on "${title}"`);
  const mail = smtp.mails.find((m) => m.subject.includes(title))!;
  expect(mail.text).toMatch(/#comment-\w+/);
  expect(mail.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  await viewer.reload();
  await hydrated(viewer);
  await expect(bell).toHaveAccessibleName(`Inbox, ${before + 2} unread`);
  await bell.click();
  const group = viewer.getByTestId('inbox-page').filter({ hasText: title });
  await expect(group.getByTestId('notification')).toHaveCount(2);
  await expect(group).toContainText('Eddie Editor mentioned you: “Can you check this, @');
  await expect(group).toContainText('Eddie Editor saved version 2: “Added the lag alert”');
  await group.getByRole('link', { name: 'See what changed' }).click();
  await expect(viewer).toHaveURL(/\/history\/compare\?from=1&to=2$/);
  await expect(viewer.getByText('the lag alert').first()).toBeVisible();

  // Read: the bell empties.
  await viewer.goto('/inbox');
  await hydrated(viewer);
  await viewer.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell).toHaveAccessibleName('Inbox, 0 unread');
});
