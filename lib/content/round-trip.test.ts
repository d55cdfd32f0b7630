// The round trip, through the command line as an operator runs it, on fresh databases:
//   content/ → import into A → export A → import that into B → export B
// The two exports are the same bytes, and export A equals content/ after the normalization the
// README documents (front matter rewritten by the serializer: keys in order, tags sorted, days as
// days, defaults left out, a slug and a review date always written, baseHash added).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '@/lib/documents/slugify';
import { KIND_FIELDS, parseFields } from '@/lib/kinds/fields';
import { scratchDatabase } from '@/test/database-setup';
import { runPrisma } from '../../scripts/prisma.mjs';
import { fieldsAsFile } from './document-state';
import { orderFields } from './field-order';
import { parseContentFile, ZDocumentFrontMatter, ZProjectFrontMatter, ZTemplateFrontMatter } from './front-matter';
import { documentFile, projectFile, templateFile } from './write-files';

const run = promisify(execFile);
const root = process.cwd();
const work = mkdtempSync(path.join(os.tmpdir(), 'hindsight-roundtrip-'));
const [a, b] = [scratchDatabase(`hindsight_rt_a_${process.pid}`), scratchDatabase(`hindsight_rt_b_${process.pid}`)];

const cli = (script: string, url: string, ...args: string[]) =>
  run(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', `scripts/${script}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, HINDSIGHT_LOG_LEVEL: 'silent' },
    maxBuffer: 16 * 1024 * 1024,
  });

const unzip = (file: string) => {
  const files = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
};

beforeAll(async () => {
  for (const db of [a, b]) {
    await db.create();
    await runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL: db.url, HINDSIGHT_QUIET: '1' });
  }
  await cli('import-content', a.url, 'content');
  await cli('export-content', a.url, path.join(work, 'a.zip'));
  await cli('import-content', b.url, path.join(work, 'a.zip'));
  await cli('export-content', b.url, path.join(work, 'b.zip'));
}, 240_000);

afterAll(async () => {
  await Promise.all([a.drop(), b.drop()]);
});

describe('round trip', () => {
  it('export → import into a fresh database → export gives the same bytes', () => {
    const [first, second] = [readFileSync(path.join(work, 'a.zip')), readFileSync(path.join(work, 'b.zip'))];
    expect(first.length).toBeGreaterThan(1000);
    expect(second.equals(first)).toBe(true);
  });

  it('the export of content/ equals content/ after the documented normalization', () => {
    const exported = unzip(path.join(work, 'a.zip'));
    const contentDir = path.join(root, 'content');
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    for (const rel of files) {
      const text = readFileSync(path.join(contentDir, rel), 'utf8');
      if (rel.startsWith('templates/')) {
        const { data, body } = parseContentFile(rel, text, ZTemplateFrontMatter);
        expect(exported[rel], rel).toBe(templateFile({ ...data, fields: orderFields(KIND_FIELDS[data.kind].form, data.fields), body }));
      } else if (rel.endsWith('project.md')) {
        const { data, body } = parseContentFile(rel, text, ZProjectFrontMatter);
        expect(exported[rel], rel).toBe(projectFile({ ...data, description: data.description || body.trim() }));
      } else {
        const { data, body } = parseContentFile(rel, text, ZDocumentFrontMatter);
        const parsed = parseFields(data.kind, data.fields);
        const written = parseContentFile(rel, exported[rel]!, ZDocumentFrontMatter).data;
        const state = {
          ...data,
          slug: data.slug ?? slugify(path.basename(rel, '.md')),
          reviewBy: (data.reviewBy ?? written.reviewBy)?.toISOString().slice(0, 10),
          fields: parsed.ok && parsed.value ? fieldsAsFile(data.kind, parsed.value.fields) : undefined,
          body,
        };
        expect(exported[rel], rel).toBe(documentFile(state, { baseHash: true }));
      }
    }
  });
});
