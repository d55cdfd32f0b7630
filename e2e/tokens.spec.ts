// A person makes an access token, a program uses it with curl, the person revokes it, and the
// program's next call is refused.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { signInAs, uniqueTitle } from './helpers';

const run = promisify(execFile);

async function curl(url: string, token: string) {
  const { stdout } = await run('curl', ['-s', '-o', '-', '-w', '\n%{http_code}', '-H', `Authorization: Bearer ${token}`, url]);
  const at = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(at + 1)), body: stdout.slice(0, at) };
}

test('make a token, use it with curl, revoke it, and see the next call refused', async ({ page, baseURL }) => {
  await signInAs(page, 'editor');
  await page.goto('/account');
  const name = uniqueTitle('pipeline');
  const tokens = page.getByTestId('access-tokens');
  await tokens.getByLabel('Name').fill(name);
  await tokens.getByRole('button', { name: 'Make token' }).click();
  const token = (await tokens.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^hs_/);
  await expect(tokens.getByTestId('token-row').filter({ hasText: name })).toContainText('never');

  const used = await curl(`${baseURL}/api/v1/projects`, token);
  expect(used.status).toBe(200);
  expect(JSON.parse(used.body).items.map((p: { slug: string }) => p.slug)).toContain('churn-prediction');

  await page.reload();
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).not.toContainText('never');
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('revoked');
  const refused = await curl(`${baseURL}/api/v1/projects`, token);
  expect(refused.status).toBe(401);
  expect(JSON.parse(refused.body)).toMatchObject({ status: 401, title: 'Unauthorized' });
});

test('an admin makes a service token for a project; it reads that project only', async ({ page, baseURL }) => {
  await signInAs(page, 'admin');
  await page.goto('/projects/card-fraud/members');
  const section = page.getByTestId('service-tokens');
  const name = uniqueTitle('fraud nightly');
  await section.getByLabel('Name').fill(name);
  await section.getByRole('button', { name: 'Make token' }).click();
  const token = (await section.getByTestId('new-token').textContent())!.trim();
  await expect(section.getByTestId('token-row').filter({ hasText: name })).toBeVisible();
  const listed = await curl(`${baseURL}/api/v1/projects`, token);
  expect(listed.status).toBe(200);
  expect(JSON.parse(listed.body).items.map((p: { slug: string }) => p.slug)).toEqual(['card-fraud']);
  expect((await curl(`${baseURL}/api/v1/projects/churn-prediction`, token)).status).toBe(404);
});
