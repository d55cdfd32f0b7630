// Attachments in the export layout: a page's files sit beside it in <page>.files/, and its text
// links them there (<page>.files/<name>) rather than at /api/attachments/<id>. Export writes that
// form; import reads it back, stores the files and points the text at them again. Comparing a
// file with the wiki's copy is done in the file's form. Pure.
import { attachmentUrl } from '@/lib/attachments/limits';

const SUFFIX = '.files';

/** Whether a path is a file in a page's attachment folder (…/<page>.files/<name>). */
export function isAttachmentPath(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts.at(-2)!.endsWith(SUFFIX) && parts.at(-2)! !== SUFFIX;
}

/** The attachment folder of a page file: "projects/p/x.md" → "projects/p/x.files/". */
export const folderOf = (pageFile: string) => `${pageFile.replace(/\.md$/i, '')}${SUFFIX}/`;

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * Each attachment's link from its page ("<base>.files/<name>"), in the order given, names that
 * clash (case aside) numbered: "plot.png", "plot-2.png".
 */
export function localNames(base: string, attachments: { id: string; name: string }[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const a of attachments) {
    const dot = a.name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [a.name.slice(0, dot), a.name.slice(dot)] : [a.name, ''];
    let name = a.name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
    used.add(name.toLowerCase());
    out.set(a.id, `${base}${SUFFIX}/${name}`);
  }
  return out;
}

/** The text with its /api/attachments/<id> links pointing at the files beside it (by id → local path). */
export function localLinks(body: string, local: ReadonlyMap<string, string>): string {
  return body.replace(/\/api\/attachments\/([A-Za-z0-9_-]{1,64})/g, (link, id: string) => {
    const path = local.get(id);
    return path ? encodePath(path) : link;
  });
}

/** The text with its links to files beside it pointing at stored attachments (by local path → id). */
export function storedLinks(body: string, stored: ReadonlyMap<string, string>): string {
  let out = body;
  for (const [path, id] of stored) {
    const url = attachmentUrl(id);
    // A link destination: "(path" as written by export (encoded), or "<path>" with spaces as is.
    out = out.replaceAll(`(${encodePath(path)}`, `(${url}`).replaceAll(`<${path}>`, `<${url}>`);
    if (!/\s/.test(path)) out = out.replaceAll(`(${path}`, `(${url}`);
  }
  return out;
}
