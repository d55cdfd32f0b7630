import { describe, expect, it } from 'vitest';
import { countText, pageCount, totalText } from './result-text';

describe('search result text', () => {
  it.each([
    [0, false, true, ''],
    [1, false, true, '1 document'],
    [20, false, false, '20 documents, newest first'],
    [52143, true, true, 'About 52,143 documents'],
    [1001, true, true, 'More than 1,000 documents'],
    [1001, true, false, 'More than 1,000 documents, newest first'],
    [1002, true, true, 'About 1,002 documents'],
    [1001, false, true, '1,001 documents'],
  ])('total %d (estimated: %s, words: %s) -> "%s"', (total, approximate, words, text) =>
    expect(totalText(total, approximate, words)).toBe(text),
  );

  it.each([
    [0, true, '0'],
    [7, false, '7'],
    [13160, true, '~13,160'],
  ])('count %d (estimated: %s) -> "%s"', (count, approximate, text) => expect(countText(count, approximate)).toBe(text));

  it.each([
    [0, 20, 1],
    [21, 20, 2],
    [1000, 20, 50],
    [52143, 20, 50],
    [52143, 8, 125],
  ])('%d results at %d a page -> %d pages', (total, perPage, pages) => expect(pageCount(total, perPage)).toBe(pages));
});
