// Property, on PostgreSQL: a random page (structured fields of a model card, Unicode, `#`,
// quotes, colons, long lines, code fences and tables) exported as a file and imported into
// another project comes back the same: title, tags, status, review date, fields and body.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { ZTitle } from '@/lib/documents/schemas';
import { loadProject } from '@/lib/policies/loaders';
import { makeProject, makeUser, loaded, unique } from '@/test/factories';
import { applyImport } from './apply-import';
import { exportPage } from './export-content';

const snippet = fc.constantFrom('Post in #ml-oncall', 'a: b', '"quoted"', "it's", '| x | y |', '```', '---', '- item', '# not a heading', '%TAG', '@at', '*star', '&amp', '!bang', 'yes', 'null', '0.30');
const text = (max: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), snippet), { maxLength: 6 })
    .map((parts) => Array.from(parts.join(' ').replace(/\0/g, '').trim()).slice(0, max).join('').trim()) // by code point: never half a surrogate pair
    .filter((s) => s.length > 0 && s.length <= max); // the schemas count UTF-16 units
const number = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const fields = fc.record({
  overview: text(300),
  metrics: fc.array(fc.record({ name: text(80), value: number, threshold: text(80) }), { maxLength: 4 }),
  results: fc.array(fc.record({ metric: text(60), slice: text(60), value: number }), { maxLength: 3 }),
  limitations: fc.array(text(200), { maxLength: 4 }),
  monitoring: fc.record({ metrics: fc.array(text(100), { maxLength: 3 }), driftThresholds: fc.array(text(100), { maxLength: 3 }), retrainingTrigger: text(200) }),
});
const body = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      snippet,
      fc.constant('```yaml\nkey: value # kept\n---\n```'),
      fc.constant('| a | b |\n|---|---|\n| 1 | 2 |'),
      fc.constant('x'.repeat(3000)),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('\n').replace(/\0/g, ''));
const tags = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,19}$/), { maxLength: 4 });

let importer: Awaited<ReturnType<typeof makeUser>>;
let from: { id: string; slug: string };
let into: { id: string; slug: string };

beforeAll(async () => {
  importer = await makeUser('Property importer', 'admin');
  from = await makeProject(unique('prop-from'));
  into = await makeProject(unique('prop-into'));
});

describe('export → import, property', () => {
  it('random model cards come back unchanged', async () => {
    const target = { project: await loadProject(importer, into.slug) };
    await fc.assert(
      fc.asyncProperty(text(150).filter((t) => ZTitle.safeParse(t).success), fields, body, tags, fc.boolean(), async (title, f, b, t, draft) => {
        const slug = unique('prop');
        const made = await createDocument(importer, {
          kind: 'model_card',
          projectSlug: from.slug,
          slug,
          title,
          body: b,
          tags: t,
          status: draft ? 'draft' : 'published',
          fields: f,
        });
        const file = await exportPage(await loaded(made.id));
        const result = await applyImport(importer, new Map([[`${slug}.md`, file.text]]), target, new Set());
        expect(result.counts, result.items[0]?.reason).toMatchObject({ created: 1 });
        const pick = { title: true, body: true, status: true, reviewBy: true, fields: true, tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } } } as const;
        const [original, copy] = await Promise.all([
          db.document.findUniqueOrThrow({ where: { id: made.id }, select: pick }),
          db.document.findFirstOrThrow({ where: { projectId: into.id, slug }, select: pick }),
        ]);
        expect(copy).toEqual(original);
      }),
      { numRuns: 30 },
    );
  }, 600_000);
});
