import 'server-only';
// What an import reads before anything else: a .md file, a .zip in the export layout, or (from
// the command line) a folder, turned into relative path → text. Everything dangerous is refused
// here, with a message and nothing written: too many files, files or archives too large (sizes
// are checked as declared and again as inflated, so a zip bomb stops at the limit), paths that
// climb out (`..`, absolute, backslashes), symlinks, encrypted entries and text that is not UTF-8.
// A page's attachments (files in <page>.files/) are kept as bytes, each up to the attachment cap.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/limits';
import { Invalid } from '@/lib/errors';
import { isAttachmentPath } from './attachment-files';

/** Relative path → text, or bytes for a page's attachments (<page>.files/…). */
export type TFileSet = Map<string, string | Uint8Array<ArrayBuffer>>;
export type TImportLimits = { files: number; fileBytes: number; totalBytes: number };

const MiB = 1024 * 1024;
/** Uploads from the browser. */
export const UPLOAD_LIMITS: TImportLimits = { files: 5000, fileBytes: MiB, totalBytes: 100 * MiB };
/** The upload itself (the .zip or .md as sent). */
export const UPLOAD_MAX_BYTES = 20 * MiB;
/** The command line, run by whoever runs the deployment: a whole wiki at once. */
export const CLI_LIMITS: TImportLimits = { files: 200_000, fileBytes: MiB, totalBytes: 4096 * MiB };

const refuse = (message: string) => new Invalid(message, { file: message });

/** A path inside the archive, or a refusal naming it. */
export function checkedPath(name: string): string {
  const shown = JSON.stringify(name.slice(0, 120));
  if (name.includes('\0')) throw refuse(`Refused ${shown}: a file name with a NUL character.`);
  if (name.includes('\\')) throw refuse(`Refused ${shown}: backslashes are not allowed in paths inside an archive.`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw refuse(`Refused ${shown}: absolute paths are not allowed.`);
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw refuse(`Refused ${shown}: paths may not climb out of the archive with "..".`);
  if (name.length > 400) throw refuse(`Refused ${shown}…: the path is longer than 400 characters.`);
  return parts.join('/');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refuse(`Refused ${name}: it is not UTF-8 text.`);
  }
}

/** Counts files and bytes against the limits as they are read. */
function budget(limits: TImportLimits) {
  let files = 0;
  let total = 0;
  return {
    file(name: string, bytes: number) {
      files += 1;
      if (files > limits.files) throw refuse(`Refused: more than ${limits.files} files in one import.`);
      if (bytes > fileLimit(name, limits)) throw refuse(`Refused ${name}: larger than ${fileLimit(name, limits) / MiB} MiB.`);
      total += bytes;
      if (total > limits.totalBytes) throw refuse(`Refused: more than ${limits.totalBytes / MiB} MiB of files once unpacked.`);
    },
  };
}

/** A page's file may be as large as an attachment may; any other file, as the import allows. */
const fileLimit = (name: string, limits: TImportLimits) =>
  isAttachmentPath(name) ? Math.max(limits.fileBytes, ATTACHMENT_LIMITS.bytes) : limits.fileBytes;

/** What a file holds: bytes for an attachment, text for anything else. */
const contentOf = (name: string, bytes: Uint8Array<ArrayBuffer>) => (isAttachmentPath(name) ? bytes : decode(name, bytes));

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** The text files of a .zip. Directories are skipped; anything refused stops the whole read. */
export async function readZip(source: Buffer | string, limits: TImportLimits): Promise<TFileSet> {
  let zip: yauzl.ZipFile;
  try {
    const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };
    zip = typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options);
  } catch (err) {
    throw refuse(`This is not a readable .zip file (${(err as Error).message}).`);
  }
  const files: TFileSet = new Map();
  const count = budget(limits);
  try {
    if (zip.entryCount > limits.files * 2) throw refuse(`Refused: the archive lists ${zip.entryCount} entries.`);
    for await (const entry of zip.eachEntry()) {
      const name = checkedPath(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw refuse(`Refused ${name}: symbolic links are not allowed.`);
      if (entry.isEncrypted()) throw refuse(`Refused ${name}: encrypted entries are not supported.`);
      count.file(name, entry.uncompressedSize);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        // yauzl also stops an entry that inflates past its declared size; this is the backstop.
        if (size > fileLimit(name, limits)) throw refuse(`Refused ${name}: larger than ${fileLimit(name, limits) / MiB} MiB once unpacked.`);
        chunks.push(chunk);
      }
      if (files.has(name)) throw refuse(`Refused ${name}: it appears twice in the archive.`);
      files.set(name, contentOf(name, new Uint8Array(Buffer.concat(chunks))));
    }
  } catch (err) {
    if (err instanceof Invalid) throw err;
    const message = (err as Error).message;
    // yauzl checks names itself as it reads the directory, before an entry reaches checkedPath.
    if (/relative path|absolute path|backslash/.test(message)) {
      throw refuse(`Refused: ${message}. Paths inside an archive may not climb out of it with "..", start at the root or use backslashes.`);
    }
    throw refuse(`The .zip file is damaged or not supported: ${message}.`);
  } finally {
    zip.close();
  }
  return files;
}

/** A folder's files (command line); symbolic links are refused like in an archive. */
export async function readFolder(root: string, limits: TImportLimits): Promise<TFileSet> {
  const files: TFileSet = new Map();
  const count = budget(limits);
  const walk = async (dir: string) => {
    for (const name of (await readdir(dir)).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      const stat = await lstat(full);
      if (stat.isSymbolicLink()) throw refuse(`Refused ${rel}: symbolic links are not allowed.`);
      if (stat.isDirectory()) await walk(full);
      else if (stat.isFile()) {
        count.file(rel, stat.size);
        files.set(rel, contentOf(rel, new Uint8Array(await readFile(full))));
      }
    }
  };
  await walk(root);
  return files;
}

/** An upload: a .zip (recognised by its first bytes, not its name) or one Markdown file. */
export async function readUpload(name: string, bytes: Buffer, limits: TImportLimits): Promise<TFileSet> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    return readZip(bytes, limits);
  }
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  if (!base.toLowerCase().endsWith('.md')) throw refuse('Upload a Markdown file (.md) or a .zip laid out like an export.');
  budget(limits).file(base, bytes.length);
  return new Map([[checkedPath(base), decode(base, bytes)]]);
}
