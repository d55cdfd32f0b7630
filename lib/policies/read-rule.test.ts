// One table — site role × where the document lives × membership — run against every form of
// the read rule on a real database: the pure policy, the Prisma filters for documents and
// projects, the SQL the pages use, the built-in search engine's rule on its index, and the
// Meilisearch filter string, evaluated on the engine's records.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { Prisma } from '@/lib/generated/prisma/client';
import { accessRule } from '@/lib/search/builtin/search';
import { builtinEngine } from '@/lib/search/builtin/engine';
import { ZSearchQuery } from '@/lib/search/contract';
import { drainOutbox } from '@/lib/search/drain-outbox';
import { hiddenFrom } from '@/lib/search/hidden-from';
import { buildFilter } from '@/lib/search/meili/mapping';
import { addMember, makeProject, makeUser, unique } from '@/test/factories';
import { canRead, type TActor } from './can';
import { visibleDocuments, visibleProjects, visibleProjectsSql, visibleSql } from './visible-to';

type TRole = 'admin' | 'editor' | 'viewer';
type TMember = 'none' | 'viewer' | 'editor' | 'owner';
type TWhere = 'team-wide' | 'internal' | 'restricted' | 'draft team-wide' | 'draft internal' | 'draft restricted' | 'own draft';

// The rule, written out: T = may read, - = may not. Columns: published team-wide, internal,
// restricted; drafts (by someone else) team-wide, internal, restricted; then a draft in the
// internal project that 'viewer/none' owns. A draft is read by its owner and whoever may write
// where it lives: project owners and editors, and site editors outside restricted projects.
const TABLE: [TRole, TMember, string][] = [
  ['admin', 'none', 'TTT TTT T'],
  ['admin', 'viewer', 'TTT TTT T'],
  ['editor', 'none', 'TT- TT- T'],
  ['editor', 'viewer', 'TTT TT- T'],
  ['editor', 'editor', 'TTT TTT T'],
  ['editor', 'owner', 'TTT TTT T'],
  ['viewer', 'none', 'TT- --- T'],
  ['viewer', 'viewer', 'TTT --- -'],
  ['viewer', 'editor', 'TTT -TT T'],
  ['viewer', 'owner', 'TTT -TT T'],
];
const WHERE: TWhere[] = ['team-wide', 'internal', 'restricted', 'draft team-wide', 'draft internal', 'draft restricted', 'own draft'];
const expectedOf = (cells: string) => cells.replaceAll(' ', '');

/** Evaluates the access part of a Meilisearch filter (`projectId`/`documentId NOT IN [...]`, ANDed) on a record. */
function meiliAllows(filter: string, record: { id: string; projectId: string | null }): boolean {
  if (!filter) return true;
  return filter.split(' AND ').every((part) => {
    const m = /^(projectId|documentId) NOT IN \[(.*)\]$/.exec(part.trim());
    if (!m) throw new Error(`unexpected filter part: ${part}`);
    const hidden = m[2] ? (JSON.parse(`[${m[2]}]`) as string[]) : [];
    const value = m[1] === 'projectId' ? record.projectId : record.id;
    return value === null || !hidden.includes(value);
  });
}

const readers: { role: TRole; member: TMember; actor: TActor }[] = [];
// A made-up word only these documents hold, so a search finds them alone.
const WORD = `rulecheck${unique('w').replace(/[^a-z]/g, '')}`;
const docs = {} as Record<TWhere, { id: string; projectId: string | null }>;
const projects = {} as Record<'internal' | 'restricted', { id: string }>;

beforeAll(async () => {
  const author = await makeUser('Rule Author', 'admin');
  const internal = await makeProject(unique('rule-int'), 'internal');
  const restricted = await makeProject(unique('rule-res'), 'restricted');
  Object.assign(projects, { internal, restricted });
  const doc = async (title: string, project: { id: string; slug: string } | null, status: 'draft' | 'published' = 'published') => {
    const made = await createDocument(author, {
      kind: 'practice',
      projectSlug: project?.slug ?? null,
      title: unique(title),
      body: `The rule: ${WORD}.`,
      tags: [],
      status,
    });
    return { id: made.id, projectId: project?.id ?? null };
  };
  docs['team-wide'] = await doc('Team-wide', null);
  docs.internal = await doc('Internal', internal);
  docs.restricted = await doc('Restricted', restricted);
  docs['draft team-wide'] = await doc('Draft team-wide', null, 'draft');
  docs['draft internal'] = await doc('Draft internal', internal, 'draft');
  docs['draft restricted'] = await doc('Draft restricted', restricted, 'draft');
  docs['own draft'] = await doc('Own draft', internal, 'draft');
  for (const [role, member] of TABLE) {
    const user = await makeUser(`${role} ${member}`, role);
    if (member !== 'none') {
      await addMember(internal.id, user.id, member);
      await addMember(restricted.id, user.id, member);
    }
    if (role === 'viewer' && member === 'none')
      await db.document.update({ where: { id: docs['own draft'].id }, data: { ownerId: user.id } });
    readers.push({ role, member, actor: { id: user.id, role } });
  }
  await drainOutbox(builtinEngine);
});

async function forms(actor: TActor, where: TWhere) {
  const doc = docs[where];
  const row = await db.document.findUniqueOrThrow({
    where: { id: doc.id },
    select: {
      ownerId: true,
      status: true,
      project: { select: { visibility: true, members: { where: { userId: actor.id }, select: { role: true } } } },
    },
  });
  const scope = {
    project: row.project ? { visibility: row.project.visibility, membership: row.project.members[0]?.role ?? null } : null,
    ...(row.status === 'draft' ? { draftBy: row.ownerId } : {}),
  };
  const one = (n: bigint | number) => Number(n) === 1;
  const [sqlRows, searchRows] = await Promise.all([
    db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId" WHERE d.id = ${doc.id} AND ${visibleSql(actor)}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "SearchDocument" sd WHERE sd."documentId" = ${doc.id} AND ${accessRule(actor)}`,
  ]);
  return {
    policy: canRead(actor, scope),
    prisma: one(await db.document.count({ where: { AND: [{ id: doc.id }, visibleDocuments(actor)] } })),
    sql: one(sqlRows[0]!.n),
    search: one(searchRows[0]!.n),
    meili: meiliAllows(buildFilter(await hiddenFrom(actor), ZSearchQuery.parse({}), 0), doc),
    projectFilter:
      doc.projectId === null
        ? canRead(actor, { project: null })
        : one(await db.project.count({ where: { AND: [{ id: doc.projectId }, visibleProjects(actor)] } })),
    projectSql:
      doc.projectId === null
        ? canRead(actor, { project: null })
        : one(
            (
              await db.$queryRaw<
                { n: bigint }[]
              >`SELECT count(*) AS n FROM "Project" p WHERE p.id = ${doc.projectId} AND ${visibleProjectsSql(actor)}`
            )[0]!.n,
          ),
  };
}

describe('the read rule, in every form', () => {
  it.each(TABLE)('%s who is %s in the projects', async (role, member, expected) => {
    const { actor } = readers.find((r) => r.role === role && r.member === member)!;
    for (const [i, where] of WHERE.entries()) {
      const allowed = expectedOf(expected)[i] === 'T';
      // The project filter says whether the place is readable: a published page's column.
      const place = where === 'own draft' ? 'internal' : where.replace('draft ', '');
      const placeReadable = expectedOf(expected)[WHERE.indexOf(place as TWhere)] === 'T';
      expect({ where, ...(await forms(actor, where)) }).toEqual({
        where,
        policy: allowed,
        prisma: allowed,
        sql: allowed,
        search: allowed,
        meili: allowed,
        projectFilter: placeReadable,
        projectSql: placeReadable,
      });
    }
  });

  it('search finds exactly the readable documents through the engine too', async () => {
    for (const { role, member, actor } of readers) {
      const r = await builtinEngine.search(actor, ZSearchQuery.parse({ q: WORD, perPage: 50 }));
      const found = new Set(r.hits.map((h) => h.id));
      const expected = TABLE.find(([ro, me]) => ro === role && me === member)![2];
      expect(WHERE.map((w) => (found.has(docs[w].id) ? 'T' : '-')).join(''), `${role}/${member}`).toBe(expectedOf(expected));
    }
  });

  it('is one SQL expression, not a list kept elsewhere', () => {
    const sql = visibleSql({ id: 'u', role: 'viewer' });
    expect(sql).toBeInstanceOf(Prisma.Sql);
    expect(sql.sql).toContain('"d"."projectId" IS NULL');
    expect(sql.sql).toContain(`"p".visibility = 'internal'`);
  });
});
