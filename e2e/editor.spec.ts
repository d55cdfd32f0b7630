import { expect, test, type Page } from '@playwright/test';
import { editorReady, signInAs, uniqueTitle } from './helpers';

const percent = async (page: Page) => Number((await page.getByTestId('live-completeness').innerText()).match(/(\d+)%/)![1]);

// The model-card editor on a wide screen and on a phone: the bar with Save stays in view, counts
// the fields that need attention and jumps to the first; completeness follows what is typed;
// dates are ISO; Ctrl+S saves.
for (const [name, viewport] of [
  ['wide', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`writing a model card: error count in the bar, jump to it, live completeness, Ctrl+S (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signInAs(page, 'editor', '/new?kind=model_card&project=churn-prediction');
    await editorReady(page);
    const bar = page.getByTestId('editor-bar');
    const fields = page.getByRole('region', { name: 'Model card fields' });
    await expect(bar).toBeInViewport();
    await expect(page.getByTestId('editor-status')).toHaveText('Draft');
    await expect(page.getByTestId('error-count')).toHaveCount(0);

    // Completeness rises as the card is filled in, before anything is saved.
    const before = await percent(page);
    await fields.getByLabel('Intended uses (one per line)').fill('Rank accounts for the retention team');
    await fields.getByLabel('Limitations (one per line)').fill('Trained on 2025 data only');
    await expect.poll(() => percent(page)).toBeGreaterThan(before);

    // A version with an impossible date: the bar counts it, and its button brings the field into focus.
    await page.getByLabel('Title').fill(uniqueTitle('Model card: churn uplift'));
    await fields.getByRole('button', { name: 'Add version' }).click();
    await fields.getByTestId('versions-0').getByLabel('Version', { exact: true }).fill('2.0');
    const date = fields.getByTestId('versions-0').getByLabel('Date');
    await expect(date).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await date.fill('2026-13-45');
    const row = fields.getByTestId('versions-0');
    const layout = async () => {
      const [r, d] = await Promise.all([row.boundingBox(), date.boundingBox()]);
      return { rowHeight: r!.height, dateTop: d!.y - r!.y, dateHeight: d!.height };
    };
    const placed = await layout();
    await page.getByLabel('Title').focus();
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByTestId('error-count')).toHaveText('1 field needs attention');
    // The message sits on the field's label line: the row and the field keep their place and size.
    await expect(row.locator('.field-error')).toBeVisible();
    expect(await layout()).toEqual(placed);
    await expect(bar).toBeInViewport();
    // The Versions section says so even folded, and the bar's button opens it again.
    const versions = page.locator('#form-versions');
    await expect(versions.locator('summary')).toContainText('1 to fix');
    await versions.locator('summary').click();
    await expect(date).toBeHidden();
    await page.getByTestId('error-count').click();
    await expect(date).toBeFocused();
    await expect(date).toBeInViewport();
    // Nothing was sent: still on the editor.
    await expect(page).toHaveURL(/\/new\?/);

    // Corrected, and saved with the keyboard: the card is created as a draft, its date as typed.
    await date.fill('2026-03-01');
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page).toHaveURL(/\/w\/churn-prediction\/model-card-churn-uplift-/);
    await expect(page.locator('.page-title ~ .meta .badge.draft')).toHaveText('Draft');
    await expect(page.locator('article')).toContainText('2026-03-01');
    await context.close();
  });
}

test('the Markdown editor has an accessible name', async ({ page }) => {
  await signInAs(page, 'editor', '/new');
  await editorReady(page);
  await expect(page.getByRole('textbox', { name: 'Markdown body' })).toBeVisible();
});
