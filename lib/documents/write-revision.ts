import 'server-only';
import type { TTransaction } from '@/lib/db/client';
import type { TRendered } from '@/lib/markdown/rendered';
import { RENDER_VERSION } from '@/lib/markdown/rendered';
import type { TParsedFields } from '@/lib/kinds/fields';
import { fieldLinks } from '@/lib/kinds/field-links';
import { enqueueIndexing } from '@/lib/search/outbox';
import { toJson, writeStructuredRows } from './write-structured-rows';
import { noticeAssigned } from '@/lib/notifications/action-notices';
import { fieldRelations } from '@/lib/relations/field-relations';
import { writeRelations } from '@/lib/relations/write-relations';

type TRevisionInput = {
  documentId: string;
  version: number;
  title: string;
  body: string;
  authorId: string;
  message: string;
  rendered: TRendered;
  fields: TParsedFields;
  // The page as it is at this version (shown again when this version is read, and restored).
  tags: string[];
  status: 'draft' | 'published';
  ownerId: string;
  kind: string;
};

/**
 * Appends a revision (with its rendered HTML) and replaces the document's outgoing wikilinks
 * (from its Markdown and its structured fields).
 * Runs inside the caller's transaction, so a document never has a version without a revision.
 * Returns what the version did to the action items, for the events the caller announces.
 */
export async function writeRevision(tx: TTransaction, input: TRevisionInput) {
  await tx.revision.create({
    data: {
      documentId: input.documentId,
      version: input.version,
      title: input.title,
      body: input.body,
      authorId: input.authorId,
      message: input.message,
      html: input.rendered.html,
      toc: input.rendered.toc,
      renderVersion: RENDER_VERSION,
      fields: toJson(input.fields),
      tags: [...new Set(input.tags)].sort(),
      status: input.status,
      ownerId: input.ownerId,
    },
    select: { id: true },
  });
  const actionItems = await writeStructuredRows(tx, input.documentId, input.fields);
  await noticeAssigned(tx, input.authorId, input.documentId, actionItems.assigned);
  await enqueueIndexing(tx, [input.documentId]);
  await tx.documentLink.deleteMany({ where: { sourceId: input.documentId } });
  const links = [...new Set([...input.rendered.links, ...fieldLinks(input.fields?.fields)])];
  if (links.length > 0) {
    await tx.documentLink.createMany({
      data: links.map((targetKey) => ({ sourceId: input.documentId, targetKey })),
      skipDuplicates: true,
    });
  }
  await writeRelations(tx, input.documentId, [...input.rendered.relations, ...fieldRelations(input.kind, input.fields?.fields)]);
  return { actionItems };
}

/**
 * A document's tags as DocumentTag rows, each naming its Tag. The tags are made first with
 * INSERT … ON CONFLICT DO NOTHING: two saves bringing the same new tag at once both succeed
 * (Prisma's connectOrCreate would fail one of them on the unique name).
 */
export async function tagWrites(tx: TTransaction, tags: string[]) {
  if (tags.length) await tx.tag.createMany({ data: tags.map((name) => ({ name })), skipDuplicates: true });
  return tags.map((name) => ({ tag: { connect: { name } } }));
}
