// Signing out ends the session for good (a captured cookie is useless afterwards), "sign out
// everywhere" ends every device's session, and sign-in only ever returns to this site.
import { expect, request, test, type BrowserContext } from '@playwright/test';
import { PEOPLE } from './fixtures/people';
import { signInAs } from './helpers';

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(cookie).toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** Reads a page with nothing but a copied cookie, as someone who captured it would. */
async function readWith(baseURL: string, cookie: string, path = '/account') {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { cookie }, maxRedirects: 0 });
  const res = await ctx.get(path);
  const result = { status: res.status(), location: res.headers().location ?? '', text: await res.text() };
  await ctx.dispose();
  return result;
}

test('a cookie captured before signing out does not work after it', async ({ page, baseURL }) => {
  await signInAs(page, 'editor');
  const captured = await sessionCookie(page.context());
  expect((await readWith(baseURL!, captured)).text).toContain(PEOPLE.editor.email);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const replay = await readWith(baseURL!, captured);
  expect(replay.status).toBe(307);
  expect(replay.location).toMatch(/\/signin\?callbackUrl=%2Faccount/);
  expect(replay.text).not.toContain(PEOPLE.editor.email);
  // The API refuses it too.
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: captured, origin: baseURL! } });
  expect((await ctx.post('/api/search', { data: { q: 'drift' } })).status()).toBe(401);
  await ctx.dispose();
});

test('"sign out everywhere" on the account page ends the sessions of every device', async ({ browser, baseURL }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [onLaptop, onPhone] = [await laptop.newPage(), await phone.newPage()];
  await signInAs(onLaptop, 'traveller');
  await signInAs(onPhone, 'traveller');
  const phoneCookie = await sessionCookie(phone);
  await onLaptop.getByRole('link', { name: new RegExp(PEOPLE.traveller.name) }).click();
  await expect(onLaptop.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(onLaptop.getByTestId('sessions').locator('tbody tr')).toHaveCount(2);
  await onLaptop.getByRole('button', { name: /Sign out everywhere \(2 sessions\)/ }).click();
  await expect(onLaptop).toHaveURL(/\/signin/);
  await onPhone.reload();
  await expect(onPhone).toHaveURL(/\/signin/);
  expect((await readWith(baseURL!, phoneCookie)).status).toBe(307);
  // Signing in again works, with a fresh session.
  await signInAs(onPhone, 'traveller');
  await laptop.close();
  await phone.close();
});

test('after sign-in, a callback to another site goes home instead', async ({ page, baseURL }) => {
  for (const evil of ['/%5Cevil.example/phish', '//evil.example/phish', '/%09/evil.example', 'https://evil.example/']) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${evil.startsWith('/%') ? evil : encodeURIComponent(evil)}`);
    await page.getByLabel('Email').fill(PEOPLE.viewer.email);
    await page.getByLabel('Password').fill(PEOPLE.viewer.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe('/');
  }
});

test('the sign-in page shows only known error messages, never text from the link', async ({ page }) => {
  await page.goto('/signin?error=Your%20account%20is%20locked.%20Call%20%2B1%20555%200100');
  await expect(page.locator('.alert')).toHaveText('Sign-in did not complete. Try again.');
  await page.goto('/signin?error=AccessDenied');
  await expect(page.locator('.alert')).toContainText('This account is disabled');
});
