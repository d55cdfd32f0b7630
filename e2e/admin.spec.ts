import { expect, test } from '@playwright/test';
import { PEOPLE, RESTRICTED } from './fixtures/people';
import { signInAs, uniqueTitle } from './helpers';

test('an admin invites someone, who sets a password through the link and signs in', async ({ browser }) => {
  const email = `invitee-${Date.now()}@hindsight.test`;
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, 'admin', '/admin/users');
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Site role for the invitation').selectOption('editor');
  await admin.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await admin.getByTestId('invite-link').innerText();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);

  const guestCtx = await browser.newContext();
  const guest = await guestCtx.newPage();
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByText(`You were invited as ${email}`)).toBeVisible();
  await guest.getByLabel('Your name').fill('Ines Invited');
  await guest.getByLabel('Password').fill('short');
  await guest.getByRole('button', { name: 'Create my account' }).click();
  await expect(guest.locator('.field-error')).toHaveText('Use at least 12 characters');
  await guest.getByLabel('Password').fill('a perfectly long password');
  await guest.getByRole('button', { name: 'Create my account' }).click();
  await expect(guest).toHaveURL(/\/signin/);
  await guest.getByLabel('Email').fill(email);
  await guest.getByLabel('Password').fill('a perfectly long password');
  await guest.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(guest.locator('.site-header')).toContainText('Ines Invited');
  await expect(guest.locator('.site-header')).toContainText('editor');

  await guest.goto(new URL(link).pathname);
  await expect(guest.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();

  await admin.goto('/admin/audit?action=user.invite');
  await expect(admin.locator('table.history')).toContainText(`Invited ${email} as editor`);
  await expect(admin.locator('table.history')).toContainText(`${email} accepted the invitation`);
  await adminCtx.close();
  await guestCtx.close();
});

test('a project owner adds a member, who then sees the restricted project, until removed', async ({ browser }) => {
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInAs(admin, 'admin', `/projects/${RESTRICTED.project}`);
  await admin.getByRole('link', { name: 'Members and visibility' }).click();
  await admin.getByLabel('Add by email').fill(PEOPLE.viewer.email);
  await admin.getByLabel('Role for the new member').selectOption('viewer');
  await admin.getByRole('button', { name: 'Add member' }).click();
  await expect(admin.getByTestId(`member-${PEOPLE.viewer.email}`)).toBeVisible();

  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signInAs(viewer, 'viewer', `/w/${RESTRICTED.project}/${RESTRICTED.doc}`);
  await expect(viewer.getByRole('heading', { level: 1, name: RESTRICTED.title })).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);

  await admin.getByTestId(`member-${PEOPLE.viewer.email}`).getByRole('button', { name: 'Remove' }).click();
  await expect(admin.getByTestId(`member-${PEOPLE.viewer.email}`)).toHaveCount(0);
  const res = await viewer.goto(`/w/${RESTRICTED.project}/${RESTRICTED.doc}`);
  expect(res?.status()).toBe(404);
  await adminCtx.close();
  await viewerCtx.close();
});

test('a document is deleted, disappears, and is restored from Deleted documents', async ({ page }) => {
  await signInAs(page, 'editor');
  const title = uniqueTitle('Short-lived runbook');
  const created = await page.request.post('/api/documents', { data: { kind: 'runbook', title, body: 'Steps.' } });
  const { path } = (await created.json()) as { path: string };
  await page.goto(path);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/deleted$/);
  expect((await page.goto(path))?.status()).toBe(404);
  await page.goto('/runbooks');
  await expect(page.locator('main')).not.toContainText(title);
  await page.goto('/deleted');
  await page.getByTestId(`deleted-${title}`).getByRole('button', { name: 'Restore' }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('every page carries a CSP whose nonce is on each script, with no inline allowance', async ({ page }) => {
  await signInAs(page, 'viewer');
  const res = await page.goto('/w/_/data-validation');
  const csp = res!.headers()['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  const nonces = await page.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  expect(res!.headers()['referrer-policy']).toBe('same-origin');
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('next-auth.session-token'))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');
});

test("Next's own static files are sent with nosniff too, and no HSTS over plain http", async ({ page, request }) => {
  await signInAs(page, 'viewer');
  const res = await page.goto('/');
  expect(res!.headers()['strict-transport-security']).toBeUndefined();
  const scripts = await page
    .locator('script[src^="/_next/static/"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).getAttribute('src')!));
  expect(scripts.length).toBeGreaterThan(0);
  const asset = await request.get(scripts[0]!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});
