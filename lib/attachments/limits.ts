// What may be attached to a page, and how much. Pure: the editor and the server both read it.

export const ATTACHMENT_LIMITS = {
  bytes: 10 * 1024 * 1024, // per file
  perDocument: 200,
  name: 200,
} as const;

// The types a file may have, as read from its bytes (lib/attachments/sniff-type.ts), and how a
// browser is told to open it: images in the page, everything else as a download. Never HTML or
// SVG: a text file of any kind is served as plain text, as a download.
export const ATTACHMENT_TYPES: Record<string, 'inline' | 'attachment'> = {
  'image/png': 'inline',
  'image/jpeg': 'inline',
  'image/gif': 'inline',
  'image/webp': 'inline',
  'application/pdf': 'attachment',
  'application/zip': 'attachment',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'attachment',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'attachment',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'attachment',
  'text/plain': 'attachment',
};

export const TYPES_IN_WORDS = 'images (PNG, JPEG, GIF, WebP), PDFs, Word, Excel and PowerPoint files, zip archives and plain text';

/** The file's name as stored and offered back: no folders, no control or direction characters. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, ATTACHMENT_LIMITS.name);
  return clean || 'file';
}

/** Where an attachment is served (app/api/attachments/[id]). */
export const attachmentUrl = (id: string) => `/api/attachments/${id}`;

/** The Markdown that shows an attachment: an image in the page, any other file as a link. */
export function attachmentMarkdown(a: { name: string; mime: string; url: string }): string {
  const label = a.name.replace(/[[\]\\]/g, '\\$&');
  return a.mime.startsWith('image/') ? `![${label}](${a.url})` : `[${label}](${a.url})`;
}
