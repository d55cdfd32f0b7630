import 'server-only';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TKind } from '@/lib/kinds/kinds';
import { markBrokenWikilinks, wikilinkKeysIn } from '@/lib/markdown/mark-wikilinks';
import { render, RENDER_VERSION, type TTocEntry } from '@/lib/markdown/render';
import { NO_PROJECT } from './paths';
import { resolveWikilinks } from './resolve-wikilinks';

export type TDocumentPage = {
  id: string;
  kind: TKind;
  slug: string;
  title: string;
  body: string;
  status: 'draft' | 'published';
  version: number;
  tags: string[];
  owner: { name: string };
  project: { slug: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Finds a live document by its URL parts, or throws NotFound. */
export async function getDocument(space: string, slug: string): Promise<TDocumentPage> {
  const doc = await db.document.findFirst({
    where: {
      slug,
      deletedAt: null,
      ...(space === NO_PROJECT ? { projectId: null } : { project: { slug: space } }),
    },
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      body: true,
      status: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      tags: { select: { name: true }, orderBy: { name: 'asc' } },
      owner: { select: { name: true } },
      project: { select: { slug: true, name: true } },
    },
  });
  if (!doc) throw new NotFound('No document lives at this address.');
  return { ...doc, tags: doc.tags.map((t) => t.name) };
}

export type TRenderedRevision = { html: string; toc: TTocEntry[] };

/**
 * The stored HTML of one version, with broken wikilinks marked. HTML made by an older pipeline
 * is rendered again once and stored, so the cache cannot go stale when the pipeline changes.
 */
export async function renderedRevision(
  documentId: string,
  version: number,
  projectSlug: string | null,
): Promise<TRenderedRevision & { title: string; body: string; message: string; createdAt: Date; author: string }> {
  const rev = await db.revision.findUnique({
    where: { documentId_version: { documentId, version } },
    select: {
      id: true,
      title: true,
      body: true,
      message: true,
      createdAt: true,
      html: true,
      toc: true,
      renderVersion: true,
      author: { select: { name: true } },
    },
  });
  if (!rev) throw new NotFound(`Version ${version} of this document does not exist.`);
  let { html } = rev;
  let toc = rev.toc as TTocEntry[];
  if (rev.renderVersion !== RENDER_VERSION) {
    const fresh = render(rev.body, { from: projectSlug ?? undefined });
    ({ html, toc } = fresh);
    await db.revision.update({
      where: { id: rev.id },
      data: { html, toc, renderVersion: RENDER_VERSION },
      select: { id: true },
    });
  }
  const keys = wikilinkKeysIn(html);
  if (keys.length > 0) {
    const targets = await resolveWikilinks(keys, projectSlug);
    html = markBrokenWikilinks(html, (key) => Boolean(targets.get(key)));
  }
  return { html, toc, title: rev.title, body: rev.body, message: rev.message, createdAt: rev.createdAt, author: rev.author.name };
}
