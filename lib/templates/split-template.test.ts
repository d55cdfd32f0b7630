import { describe, expect, it } from 'vitest';
import { splitTemplate } from './split-template';

describe('splitTemplate', () => {
  it.each([
    [
      'headings stay, prose goes to guidance',
      'Intro for the writer.\n\n## How it works\n\nExplain the features.\n\n## History',
      '## How it works\n\n## History\n',
      true,
    ],
    [
      'tables and lists are structure to fill in',
      '## Checks\n\n| a | b |\n|---|---|\n| | |\n\n- Who is affected?\n\n1. ',
      '## Checks\n\n| a | b |\n|---|---|\n| | |\n\n- Who is affected?\n\n1.\n',
      false,
    ],
    ['an empty template', '', '', false],
    ['only prose', 'Write what happened.', '', true],
  ])('%s', (_what, body, outline, hasGuidance) => {
    const split = splitTemplate(body);
    expect(split.outline).toBe(outline);
    expect(split.guidance !== '').toBe(hasGuidance);
  });

  it('keeps the whole template as the guidance, so the writer reads each hint under its heading', () => {
    const body = 'Intro.\n\n## Background\n\nHow the service fits together.';
    expect(splitTemplate(body).guidance).toBe(body);
  });
});
