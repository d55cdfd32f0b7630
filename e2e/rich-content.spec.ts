import { expect, test } from '@playwright/test';
import { editorReady, publishOnCreate, setBody, signInAs, uniqueTitle } from './helpers';

test('a Mermaid block becomes a diagram and a formula is typeset, on the page', async ({ page }) => {
  await signInAs(page, 'editor', '/new?kind=practice');
  await editorReady(page);
  const title = uniqueTitle('Drift score and retraining flow');
  await page.getByLabel('Title').fill(title);
  await setBody(
    page,
    [
      '## The score',
      '',
      'Population stability: $\\mathrm{PSI} = \\sum_i (a_i - e_i) \\ln \\frac{a_i}{e_i}$, alerting above 0.25.',
      '',
      '$$',
      'KS = \\max_x |F_a(x) - F_e(x)|',
      '$$',
      '',
      '## The flow',
      '',
      '```mermaid',
      'flowchart LR',
      '  drift[PSI above 0.25] --> retrain[Retrain on 24 months]',
      '  retrain --> review[Lead reviews the card]',
      '```',
    ].join('\n'),
  );
  await publishOnCreate(page);
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const body = page.getByTestId('document-body');
  // Math is MathML from the server: inline and as a block.
  await expect(body.locator('math:not([display])').locator('mfrac')).toHaveCount(1);
  await expect(body.locator('math[display="block"]')).toHaveCount(1);
  await expect(body.locator('math[display="block"] annotation')).toHaveText(/KS = \\max_x/);
  // The diagram is drawn, its labels readable, and its source kept below it.
  const diagram = body.getByTestId('mermaid-diagram');
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram).toContainText('Retrain on 24 months');
  await expect(body.locator('details', { hasText: 'Diagram source' })).toHaveCount(1);
});

test('the subgroup chart marks the slice that fails its threshold, and the metric table says pass or fail', async ({ page }) => {
  await signInAs(page, 'viewer', '/w/churn-prediction/churn-model-card');
  const chart = page.getByTestId('subgroup-chart').filter({ has: page.locator('title', { hasText: 'Recall in top decile by subgroup' }) });
  await expect(chart.getByTestId('threshold-line')).toHaveCount(1);
  await expect(chart.locator('[data-fails]')).toHaveCount(1);
  await expect(chart.locator('[data-fails]')).toContainText('age 65+: 0.37 ✕ fails its threshold');
  await expect(chart.getByRole('img', { name: 'Recall in top decile by subgroup' })).toBeVisible();
  // The table stays, as the chart's accessible companion.
  await expect(page.getByTestId('subgroup-results')).toContainText('age 65+');
  const metrics = page.locator('#metrics + table');
  await expect(metrics.getByTestId('meets-threshold')).toHaveCount(4);
  await expect(metrics.getByTestId('below-threshold')).toHaveCount(0);
});
