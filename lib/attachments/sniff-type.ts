import 'server-only';
// A file's type, read from its bytes with file-type (magic numbers), never from its name or the
// type the browser claimed. Text without a signature is plain text when it is valid UTF-8 with no
// NUL bytes; anything else unknown is refused.
import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_TYPES } from './limits';

export async function sniffType(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime in ATTACHMENT_TYPES ? found.mime : null;
  return isText(bytes) ? 'text/plain' : null;
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
