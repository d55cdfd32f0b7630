import { describe, expect, it } from 'vitest';
import { folderOf, isAttachmentPath, localLinks, localNames, storedLinks } from './attachment-files';

describe('attachments in the export layout', () => {
  it('tells attachment files from pages', () => {
    expect(isAttachmentPath('projects/churn/model.files/plot.png')).toBe(true);
    expect(isAttachmentPath('practices/x.files/notes.md')).toBe(true);
    expect(isAttachmentPath('projects/churn/model.md')).toBe(false);
    expect(isAttachmentPath('.files/x.png')).toBe(false);
    expect(folderOf('projects/churn/model.md')).toBe('projects/churn/model.files/');
  });

  it('names each file once, numbering clashes', () => {
    const names = localNames('model', [
      { id: 'a', name: 'plot.png' },
      { id: 'b', name: 'Plot.png' },
      { id: 'c', name: 'loss curve.png' },
      { id: 'd', name: 'README' },
    ]);
    expect([...names.values()]).toEqual(['model.files/plot.png', 'model.files/Plot-2.png', 'model.files/loss curve.png', 'model.files/README']);
  });

  it('turns links to stored files into links to the files beside the page, and back', () => {
    const body = '![loss curve.png](/api/attachments/abc)\n[data](/api/attachments/def "the data") [other](/api/attachments/zzz)';
    const local = new Map([
      ['abc', 'model.files/loss curve.png'],
      ['def', 'model.files/data.csv'],
    ]);
    const written = localLinks(body, local);
    expect(written).toBe('![loss curve.png](model.files/loss%20curve.png)\n[data](model.files/data.csv "the data") [other](/api/attachments/zzz)');
    const back = storedLinks(
      written,
      new Map([
        ['model.files/loss curve.png', 'n1'],
        ['model.files/data.csv', 'n2'],
      ]),
    );
    expect(back).toBe('![loss curve.png](/api/attachments/n1)\n[data](/api/attachments/n2 "the data") [other](/api/attachments/zzz)');
    expect(storedLinks('![x](<model.files/loss curve.png>)', new Map([['model.files/loss curve.png', 'n1']]))).toBe('![x](</api/attachments/n1>)');
  });
});
