// An admin registers a webhook pointing at a receiver this test runs on 127.0.0.1 (allowed by
// HINDSIGHT_WEBHOOK_ALLOW in the e2e server), copies the secret, creates a page, and reads the
// delivery log: the creation arrived, signed with that secret. A private address is refused.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { editorReady, hydrated, publishOnCreate, setBody, signInAs, uniqueTitle } from './helpers';

type TGot = { headers: Record<string, string>; body: string };
const got: TGot[] = [];
let server: http.Server;
let receiverUrl = '';

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      got.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hindsight`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('register a webhook, make a change, and read it in the delivery log', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/webhooks');
  await hydrated(page);
  const form = page.getByTestId('webhook-form');

  // Refused: an address inside the network.
  await form.getByLabel('Address').fill('http://10.0.0.8/hook');
  await form.getByRole('button', { name: 'Register webhook' }).click();
  await expect(form.locator('.field-error')).toContainText('10.0.0.8 is a private address');

  await form.getByLabel('Address').fill(receiverUrl);
  await form.getByLabel('What it is for').fill('e2e receiver');
  await form.getByLabel('Listens to').selectOption({ label: 'Project: Card fraud scoring' });
  await form.getByRole('button', { name: 'Register webhook' }).click();
  const secret = (await form.getByTestId('webhook-secret').textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await expect(page.getByTestId('webhook-row').filter({ hasText: receiverUrl })).toContainText('Card fraud scoring');
  await form.getByRole('link', { name: 'Open its delivery log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(receiverUrl);
  const logUrl = page.url();
  expect(logUrl).toMatch(/\/webhooks\/[a-z0-9]+$/);

  // A change in the project: a new runbook.
  const title = uniqueTitle('Webhook runbook');
  await page.goto('/new');
  await editorReady(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Kind').selectOption('runbook');
  await page.getByLabel('Project').selectOption({ label: 'Card fraud scoring' });
  await setBody(page, '## First checks\n\nLook at the queue.');
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The log shows it delivered (the worker sends on its own; the page is read again until then).
  await page.goto(logUrl);
  await hydrated(page);
  const row = page.getByTestId('delivery-row').filter({ hasText: 'document.created' });
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveAttribute('data-status', 'delivered', { timeout: 1000 });
  }).toPass();
  await hydrated(page);
  await expect(row).toContainText('Delivered');
  await expect(row.getByRole('cell').nth(3)).toHaveText('200');
  await row.getByText('Payload').click();
  await expect(row.locator('pre')).toContainText(title);

  // What the receiver got verifies with the secret shown once.
  const created = got.map((g) => new Webhook(secret).verify(g.body, g.headers) as { type: string; data: { document: { title: string } } });
  expect(created.find((c) => c.type === 'document.created')?.data.document.title).toBe(title);

  // A test event, then a resend of it: the same webhook-id arrives twice.
  await page.getByRole('button', { name: 'Send a test event' }).click();
  const ping = page.getByTestId('delivery-row').filter({ hasText: 'webhook.ping' });
  await expect(async () => {
    await page.reload();
    await expect(ping).toHaveAttribute('data-status', 'delivered', { timeout: 1000 });
  }).toPass();
  await hydrated(page);
  const pings = () => got.filter((g) => g.body.includes('"webhook.ping"')).length;
  expect(pings()).toBe(1);
  await ping.getByRole('button', { name: 'Resend' }).click();
  await expect.poll(pings).toBe(2);
  const ids = got.filter((g) => g.body.includes('"webhook.ping"')).map((g) => g.headers['webhook-id']);
  expect(ids[0]).toBe(ids[1]);

  // Roll the secret: shown once; the next delivery verifies with the new one (and the old, for a day).
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Roll secret' }).click();
  const rolled = (await page.getByTestId('rolled-secret').textContent())!.trim();
  expect(rolled).toMatch(/^whsec_/);
  expect(rolled).not.toBe(secret);
  await page.getByRole('button', { name: 'Send a test event' }).click();
  await expect.poll(pings).toBe(3);
  const last = got.filter((g) => g.body.includes('"webhook.ping"')).at(-1)!;
  expect(() => new Webhook(rolled).verify(last.body, last.headers)).not.toThrow();
  expect(() => new Webhook(secret).verify(last.body, last.headers)).not.toThrow();
});

test('a viewer cannot reach webhooks', async ({ page }) => {
  await signInAs(page, 'viewer');
  const res = await page.goto('/admin/webhooks');
  expect(res?.status()).toBe(404);
  const project = await page.goto('/projects/card-fraud/webhooks');
  expect(project?.status()).toBe(404);
});
