import 'server-only';
// The notices a page's own events send, called inside their transactions: a page created in a
// watched project, a new version of a watched page, a comment or a reply on it, a mention.
// Writers, owners and commenters follow the page from then on.
import type { TTransaction } from '@/lib/db/client';
import { notify, watchAutomatically, watchersOf, type TNotifyDocument } from './notify';

type TPage = TNotifyDocument & { path: string; ownerId: string };

const nameOf = async (tx: TTransaction, id: string) =>
  (await tx.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? 'Hindsight';

/**
 * A page created (version 1) or saved (a new version): its watchers hear of it (of a draft, only
 * those who may read it). A draft being published is news to everyone else: they hear of it as a
 * new page.
 */
export async function noticePageSaved(
  tx: TTransaction,
  actorId: string,
  page: TPage,
  saved: { version: number; message: string; published?: boolean },
) {
  const by = await nameOf(tx, actorId);
  const watchers = await watchersOf(tx, page);
  const notice =
    saved.version === 1 || saved.published
      ? { type: 'page.created' as const, data: { by, version: saved.version, path: page.path } }
      : {
          type: 'page.changed' as const,
          data: {
            by,
            version: saved.version,
            message: saved.message,
            path: `${page.path}/history/compare?from=${saved.version - 1}&to=${saved.version}`,
          },
        };
  await notify(tx, page, watchers, notice, actorId);
  await watchAutomatically(tx, [actorId, page.ownerId], page.id);
}

type TComment = { id: string; body: string; reply: boolean };

const commentData = async (tx: TTransaction, actorId: string, page: TPage, comment: TComment) => ({
  by: await nameOf(tx, actorId),
  excerpt: comment.body.slice(0, 200),
  reply: comment.reply,
  path: `${page.path}#comment-${comment.id}`,
});

/** A comment: who it mentions hear of it as a mention, the page's other watchers as a comment. */
export async function noticeComment(tx: TTransaction, actorId: string, page: TPage, comment: TComment & { mentioned: string[] }) {
  const data = await commentData(tx, actorId, page, comment);
  const mentioned = await notify(tx, page, comment.mentioned, { type: 'mention', data }, actorId);
  const watchers = (await watchersOf(tx, page)).filter((id) => !mentioned.includes(id));
  await notify(tx, page, watchers, { type: 'comment', data }, actorId);
  await watchAutomatically(tx, [actorId], page.id);
}

/** An edited comment: only the people it newly mentions hear of it. */
export async function noticeNewMentions(tx: TTransaction, actorId: string, page: TPage, comment: TComment, userIds: string[]) {
  await notify(tx, page, userIds, { type: 'mention', data: await commentData(tx, actorId, page, comment) }, actorId);
}
