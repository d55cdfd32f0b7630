// Reading an upload: the layout's files come through; paths that climb out, symlinks, too many
// or too large files, zip bombs and non-UTF-8 text are refused with a message.
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkedPath, readUpload, readZip, type TImportLimits } from './import-files';

const LIMITS: TImportLimits = { files: 10, fileBytes: 1024, totalBytes: 4096 };
const zip = (files: Zippable) => Buffer.from(zipSync(files));
const text = (s: string) => new TextEncoder().encode(s);

describe('checkedPath', () => {
  it.each(['../x.md', 'a/../../x.md', '/etc/passwd', 'C:/x.md', 'a\\b.md', 'x\0.md'])('refuses %j', (name) => {
    expect(() => checkedPath(name)).toThrow(/Refused/);
  });
  it('tidies ./ and empty parts', () => {
    expect(checkedPath('./projects//a/b.md')).toBe('projects/a/b.md');
  });
});

describe('readZip', () => {
  it('reads the text files and skips folders', async () => {
    const files = await readZip(zip({ 'people.yml': text('[]'), 'practices/': new Uint8Array(), 'practices/a.md': text('# ✓') }), LIMITS);
    expect(Object.fromEntries(files)).toEqual({ 'people.yml': '[]', 'practices/a.md': '# ✓' });
  });

  it.each([
    ['a path with ..', { '../evil.md': text('x') }, /climb out/],
    ['an absolute path', { '/evil.md': text('x') }, /absolute/],
    ['too many files', Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.md`, text('x')])), /more than 10 files/],
    ['a file over the size limit', { 'big.md': text('x'.repeat(2000)) }, /larger than/],
    ['a zip bomb (small packed, large unpacked)', { 'a.md': new Uint8Array(1000), 'b.md': new Uint8Array(1000), 'c.md': new Uint8Array(1000), 'd.md': new Uint8Array(1000), 'e.md': new Uint8Array(1000) }, /MiB of files once unpacked/],
    ['text that is not UTF-8', { 'a.md': new Uint8Array([0xff, 0xfe, 0xfd]) }, /not UTF-8/],
  ])('refuses %s', async (_, files, message) => {
    await expect(readZip(zip(files as Zippable), LIMITS)).rejects.toThrow(message);
  });

  it('refuses a symbolic link', async () => {
    const link = zipSync({ 'link.md': [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
    await expect(readZip(Buffer.from(link), LIMITS)).rejects.toThrow(/symbolic links/);
  });

  it('refuses what is not a zip at all', async () => {
    await expect(readZip(Buffer.from('PK\x03\x04 not really'), LIMITS)).rejects.toThrow(/not a readable .zip/);
  });
});

describe('readUpload', () => {
  it('takes a Markdown file by itself, named after its base name', async () => {
    expect(Object.fromEntries(await readUpload('C:\\Users\\me\\page.md', Buffer.from('---\n'), LIMITS))).toEqual({ 'page.md': '---\n' });
  });
  it('recognises a zip by its bytes, whatever its name', async () => {
    expect([...(await readUpload('notes.md', zip({ 'a.md': text('x') }), LIMITS)).keys()]).toEqual(['a.md']);
  });
  it('refuses other files', async () => {
    await expect(readUpload('photo.png', Buffer.from('x'), LIMITS)).rejects.toThrow(/Markdown file/);
  });
});
