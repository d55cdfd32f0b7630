// Writes content/ files: YAML front matter by a real serializer (values with `#`, `:`, quotes,
// newlines and any Unicode come back as they went in), then the Markdown body. The reader
// (front-matter.ts) takes off exactly what this adds: one newline after the closing `---` when
// the body starts with one, and the one newline a file with a body ends with. Pure.
import { createHash } from 'node:crypto';
import { CORE_SCHEMA, dump } from 'js-yaml';
import type { TKind } from '@/lib/kinds/kinds';
import { stableJson } from '@/lib/validation/stable-json';

const yaml = (data: unknown) => dump(data, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, quoteStyle: 'double' });

/** A file of front matter and a body; keys are written in the order given, undefined left out. */
export function frontMatterFile(data: Record<string, unknown>, body = ''): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  if (body === '') return `---\n${yaml(defined)}---\n`;
  const lead = /^\r?\n/.test(body) ? '\n' : '';
  return `---\n${yaml(defined)}---\n${lead}${body}\n`;
}

export type TDocumentFile = {
  title: string;
  slug: string;
  kind: TKind;
  owner?: string;
  tags: string[];
  status: 'draft' | 'published';
  /** null: the page has no review date (written as `reviewBy: null`); undefined: not said. */
  reviewBy?: string | null;
  fields?: Record<string, unknown>;
  body: string;
};

/**
 * What a page is, as a short hash: written into an export (`baseHash`) so an import can tell a
 * page changed in the wiki since the file was exported from one only changed in the file.
 */
export function stateHash(doc: TDocumentFile): string {
  // The owner is left out: an import never changes who owns an existing page.
  // Fields as written: what the schema fills in anyway is no difference.
  const state = [doc.kind, doc.title, doc.slug, [...doc.tags].sort(), doc.status, doc.reviewBy ?? null, withoutDefaults(doc.fields ?? {}), doc.body];
  // Through JSON first: dates as the database keeps them, whether parsed (Date) or stored (text).
  return createHash('sha256')
    .update(stableJson(JSON.parse(JSON.stringify(state))))
    .digest('hex')
    .slice(0, 16);
}


/**
 * Fields without what their schema fills in when it is missing (empty text, empty lists, false),
 * so a file shows what someone wrote. Empty groups stay: `monitoring: {}` is not no monitoring.
 */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === '' || v === false || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = withoutDefaults(v);
  }
  return out;
}

/**
 * A document's file; `baseHash` only in exports (a file written by hand has none). `fields` are
 * the stored (schema-checked) fields; what the schema would fill in anyway is left out.
 */
export function documentFile(doc: TDocumentFile, options: { baseHash?: boolean } = {}): string {
  const tags = [...doc.tags].sort();
  const written = withoutDefaults(doc.fields ?? {}) as Record<string, unknown>;
  const fields = Object.keys(written).length ? written : undefined;
  return frontMatterFile(
    {
      title: doc.title,
      slug: doc.slug,
      kind: doc.kind,
      owner: doc.owner,
      tags,
      status: doc.status,
      reviewBy: doc.reviewBy,
      baseHash: options.baseHash ? stateHash(doc) : undefined,
      fields,
    },
    doc.body,
  );
}

export function projectFile(p: { name: string; description: string; visibility: 'internal' | 'restricted' }): string {
  return frontMatterFile({ name: p.name, description: p.description, visibility: p.visibility === 'restricted' ? 'restricted' : undefined });
}

export function templateFile(t: { title: string; kind: TKind; fields: unknown; body: string }): string {
  const fields = t.fields && typeof t.fields === 'object' && Object.keys(t.fields).length ? t.fields : undefined;
  return frontMatterFile({ title: t.title, kind: t.kind, fields }, t.body);
}

export type TPersonFile = { handle: string; name: string; email: string; jobRole: string };

export function peopleFile(people: TPersonFile[]): string {
  const header = '# The people who own documents here. Front matter names them by handle (owner: priya).\n';
  return header + yaml(people);
}
