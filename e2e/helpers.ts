import { expect, request, type Page } from '@playwright/test';
import { PEOPLE, type TPerson } from './fixtures/people';

/** Replaces the Markdown in the CodeMirror editor, as a person selecting all and typing would. */
export async function setBody(page: Page, text: string) {
  const editor = page.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(text);
  await expect(editor).toContainText(text.split('\n')[0]!);
}

export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Waits until the document editor is hydrated, so what a spec types is not reset. */
export async function editorReady(page: Page) {
  await expect(page.locator('form[data-ready]')).toBeVisible();
}

/**
 * Waits until the page is hydrated (the header's search button says so; the page hydrates in one
 * pass), so what a spec types into a form or clicks is not lost to a page React has not taken over.
 */
export async function hydrated(page: Page) {
  await expect(page.locator('.search-button[data-ready]')).toBeVisible();
}

/** Signs in through the real sign-in form, and waits for the page it lands on to be hydrated. */
export async function signInAs(page: Page, who: TPerson, next = '/') {
  const person = PEOPLE[who];
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Account: / })).toBeVisible();
  await hydrated(page);
}

/**
 * Signs in through next-auth's credentials endpoint as a script would, without a browser. The
 * returned context holds the session cookie (dispose it when done).
 */
export async function signInByApi(baseURL: string, email: string, password: string) {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const { csrfToken } = (await (await ctx.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await ctx.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } });
  const signedIn = (await ctx.storageState()).cookies.some((c) => c.name.endsWith('next-auth.session-token'));
  return { ctx, ok: res.ok(), signedIn };
}

/**
 * New pages start as drafts. Specs about other features (search, notifications, webhooks) create
 * theirs published, as a writer may by choosing "Published" before creating.
 */
export async function publishOnCreate(page: Page) {
  await page.getByTestId('document-status').selectOption('published');
}
