// A page's comments: open threads, then resolved ones folded. Each thread says what it is about
// (the whole page or a section, linked), then its comments with their authors; the buttons each
// person sees are the ones the policy allows them. Server-rendered; the forms are small islands.
import { ActionButton } from '@/components/action-button';
import { RelativeDate } from '@/components/relative-date';
import type { TThread } from '@/lib/comments/list-threads';
import { can, type TActor, type TScope } from '@/lib/policies/can';
import { CommentEdit } from './comment-edit';
import { CommentForm } from './comment-form';

type TProps = {
  user: TActor;
  documentId: string;
  scope: TScope;
  threads: TThread[];
  sections: { id: string; text: string }[];
};

function Thread({ thread, user, documentId, scope }: { thread: TThread } & Omit<TProps, 'threads' | 'sections'>) {
  const starter = thread.comments[0]?.author.id;
  const canResolve = can(user, 'resolve-comment', { ...scope, ownerId: starter });
  return (
    <article
      className="card comment-thread"
      data-testid="comment-thread"
      aria-label={thread.anchorText ? `Thread on ${thread.anchorText}` : 'Thread on the page'}
    >
      <p className="meta">
        {thread.anchor ? (
          <>
            On section <a href={`#${thread.anchor}`}>{thread.anchorText}</a>
          </>
        ) : (
          'On the whole page'
        )}
        {thread.resolvedAt && (
          <>
            {' '}
            · resolved <RelativeDate date={thread.resolvedAt} />
          </>
        )}
      </p>
      {thread.comments.map((c) => {
        const own = { ...scope, ownerId: c.author.id };
        return (
          <div key={c.id} id={`comment-${c.id}`} className="comment" data-testid="comment">
            <p className="meta">
              <strong>{c.author.name}</strong> · <RelativeDate date={c.createdAt} />
              {c.editedAt && ' · edited'}
            </p>
            {c.deletedAt ? (
              <p className="meta">This comment was deleted.</p>
            ) : (
              <>
                <div className="prose" dangerouslySetInnerHTML={{ __html: c.html }} />
                {c.mentions.length > 0 && (
                  <p className="meta" data-testid="mentions">
                    Mentions {c.mentions.map((m) => m.user.name).join(', ')}
                  </p>
                )}
                <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
                  {can(user, 'edit-comment', own) && <CommentEdit id={c.id} body={c.body} />}
                  {can(user, 'delete-comment', own) && (
                    <ActionButton url={`/api/comments/${c.id}`} method="DELETE" label="Delete" confirm="Delete this comment?" />
                  )}
                </div>
              </>
            )}
          </div>
        );
      })}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        {can(user, 'comment', scope) && <CommentForm documentId={documentId} threadId={thread.id} label="Reply" />}
        {canResolve && (
          <ActionButton
            url={`/api/comment-threads/${thread.id}/resolve`}
            body={{ resolved: !thread.resolvedAt }}
            label={thread.resolvedAt ? 'Reopen' : 'Resolve'}
          />
        )}
      </div>
    </article>
  );
}

export function CommentThreads({ user, documentId, scope, threads, sections }: TProps) {
  const open = threads.filter((t) => !t.resolvedAt);
  const resolved = threads.filter((t) => t.resolvedAt);
  return (
    <section aria-labelledby="comments" className="comments" data-testid="comments">
      <h2 id="comments" className="section-title">
        Comments {threads.length > 0 && <span className="meta">({open.length} open)</span>}
      </h2>
      {open.map((t) => (
        <Thread key={t.id} thread={t} user={user} documentId={documentId} scope={scope} />
      ))}
      {resolved.length > 0 && (
        <details data-testid="resolved-threads">
          <summary>
            {resolved.length} resolved {resolved.length === 1 ? 'thread' : 'threads'}
          </summary>
          {resolved.map((t) => (
            <Thread key={t.id} thread={t} user={user} documentId={documentId} scope={scope} />
          ))}
        </details>
      )}
      {can(user, 'comment', scope) && (
        <div className="card">
          <CommentForm documentId={documentId} sections={sections} label="New comment" />
        </div>
      )}
    </section>
  );
}
