import { ActionButton } from '@/components/action-button';
import { RelativeDate } from '@/components/relative-date';
import type { TAttachmentRow } from '@/lib/attachments/list-attachments';

// The files attached to a page, under its text: each opens or downloads, and whoever may edit the
// page can remove one (told first when the page still shows or links it).
const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `html`: the page as shown, to tell which files it still shows or links (removing those breaks it). */
export function AttachmentsList({ files, html, canRemove }: { files: TAttachmentRow[]; html: string; canRemove: boolean }) {
  if (files.length === 0) return null;
  return (
    <section className="attachments" aria-labelledby="attachments-title" data-testid="attachments">
      <h2 id="attachments-title" className="section-title">
        Attachments ({files.length})
      </h2>
      <ul>
        {files.map((f) => {
          const shown = html.includes(f.url);
          return (
            <li key={f.id}>
              <a href={f.url} {...(f.mime.startsWith('image/') ? {} : { download: f.name })}>
                {f.name}
              </a>
              <span className="meta">
                {f.mime} · {size(f.size)} · added {f.uploadedBy ? `by ${f.uploadedBy} ` : ''}
                <RelativeDate date={f.createdAt} />
                {!shown && ' · not shown in the page'}
              </span>
              {canRemove && (
                <ActionButton
                  url={f.url}
                  method="DELETE"
                  label="Remove"
                  ariaLabel={`Remove ${f.name}`}
                  confirm={
                    shown
                      ? `Remove “${f.name}”? The page still shows or links it; that image or link will stop working.`
                      : `Remove “${f.name}”? This cannot be undone.`
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
