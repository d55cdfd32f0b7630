// The README's curl example, run for real against the test server with a token made by a
// person: the model card appears with the run's numbers, and a second run is a new version.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { signInAs, uniqueTitle } from './helpers';

const run = promisify(execFile);

function readmeExample(): string {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const block = /<!-- publish-example:curl[^>]*-->\s*```bash\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no publish-example:curl block');
  return block[1]!;
}

test('the README curl example publishes a model card that a reader then sees', async ({ page, baseURL }) => {
  await signInAs(page, 'editor');
  const made = await page.request.post('/api/account/tokens', { data: { name: uniqueTitle('ci pipeline'), scopes: ['publish'] } });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()) as { token: string };

  const { stdout } = await run('bash', ['-c', readmeExample()], {
    env: { ...process.env, HINDSIGHT_URL: baseURL!, HINDSIGHT_TOKEN: token },
  });
  const answer = JSON.parse(stdout) as { path: string; missesThreshold: string[] };
  expect(answer.path).toBe('/w/churn-prediction/churn-risk');
  expect(answer.missesThreshold).toEqual([]);

  await page.goto(answer.path);
  const metrics = page.locator('#metrics + table');
  await expect(metrics).toContainText('AUC');
  await expect(metrics).toContainText('0.83');
  await expect(page.getByTestId('subgroup-results')).toContainText('age 65+');
  await expect(page.getByTestId('document-body')).toContainText('How the model works'); // from the model-card template

  // A later run whose AUC misses its threshold: flagged on the card, and a new version in history.
  const later = await page.request.fetch(`/api/v1/projects/churn-prediction/model-cards/churn-risk/versions/1.5`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, cookie: '' },
    data: { pipeline: 'github-actions', run: { id: '8813' }, metrics: [{ name: 'AUC', value: 0.71 }] },
  });
  expect(later.status()).toBe(200);
  await page.reload();
  await expect(page.locator('#metrics + table').getByTestId('below-threshold')).toBeVisible();
  await page.goto(`${answer.path}/history`);
  await expect(page.locator('table.history tbody tr').first()).toContainText('Published version 1.5 from github-actions run 8813');
});

test('the API reference lists every operation from the OpenAPI document, without signing in', async ({ page, request }) => {
  const openapi = (await (await request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, object> };
  const operations = Object.values(openapi.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
  expect(operations).toBeGreaterThanOrEqual(10);
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: 'API reference' })).toBeVisible();
  await expect(page.getByTestId('api-operation')).toHaveCount(operations);
  await expect(
    page.getByTestId('api-operation').filter({ hasText: '/api/v1/projects/{slug}/model-cards/{model}/versions/{version}' }),
  ).toContainText('scope publish');
});
