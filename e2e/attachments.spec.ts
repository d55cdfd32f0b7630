import { expect, test } from '@playwright/test';
import { RESTRICTED } from './fixtures/people';
import { editorReady, signInAs } from './helpers';

// A 1×1 PNG, pasted as a browser pastes a screenshot.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

test('paste an image into a page, see it on the page; someone outside the project gets 404 for it; remove it', async ({ browser }) => {
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInAs(member, 'member', `/w/${RESTRICTED.project}/${RESTRICTED.doc}/edit`);
  await editorReady(member);
  const editor = member.locator('.cm-content');
  await editor.click();
  await member.keyboard.press('ControlOrMeta+End');
  await editor.evaluate((el, base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'loss-curve.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PNG_BASE64);
  await expect(member.getByTestId('attach-status')).toHaveText('Attached “loss-curve.png”.');
  await expect(editor).toContainText('![loss-curve.png](/api/attachments/');
  await member.getByRole('button', { name: 'Save' }).click();

  const image = member.getByTestId('document-body').locator('img[alt="loss-curve.png"]');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const src = (await image.getAttribute('src'))!;
  expect(src).toMatch(/^\/api\/attachments\/[\w-]+$/);

  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signInAs(outsider, 'outsider');
  expect((await outsider.request.get(src)).status()).toBe(404);
  expect((await member.request.get(src)).status()).toBe(200);

  // The page lists its files; removing one warns that the page still shows it, then it is gone.
  const files = member.getByTestId('attachments');
  await expect(files.getByRole('listitem').filter({ hasText: 'loss-curve.png' })).toContainText('image/png');
  member.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('The page still shows or links it');
    void dialog.accept();
  });
  const before = await files.getByRole('listitem').count();
  await files.getByRole('button', { name: 'Remove loss-curve.png' }).first().click();
  await expect(files.getByRole('listitem')).toHaveCount(before - 1);
  expect((await member.request.get(src)).status()).toBe(404);
  await memberContext.close();
  await outsiderContext.close();
});
