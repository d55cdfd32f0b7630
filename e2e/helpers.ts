import { expect, type Page } from '@playwright/test';

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
