import 'server-only';
// The responses of the export routes: a page as a .md file, a project or the wiki as a .zip
// streamed while it is written. Project and wiki exports are audited; they take many pages out.
import { db } from '@/lib/db/client';
import { recordEvent } from '@/lib/audit/record-event';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { countExport, exportEntries, exportPage, type TExportScope } from './export-content';
import { zipStream } from './zip-write';

const attachment = (name: string) => `attachment; filename="${name}"`;

export async function pageDownload(doc: TLoadedDocument): Promise<Response> {
  const file = await exportPage(doc);
  return new Response(file.text, {
    headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': attachment(`${doc.slug}.md`), 'cache-control': 'no-store' },
  });
}

export async function archiveDownload(actor: TActor, scope: TExportScope, name: string): Promise<Response> {
  const pages = await countExport(actor, scope);
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: actor.id,
      action: 'content.export',
      targetType: 'project' in scope ? 'project' : 'wiki',
      targetId: 'project' in scope ? scope.project.id : 'wiki',
      summary: `Exported ${'project' in scope ? `project ${scope.project.slug}` : 'the whole wiki'} (${pages} pages)`,
    }),
  );
  return new Response(zipStream(exportEntries(actor, scope)), {
    headers: { 'content-type': 'application/zip', 'content-disposition': attachment(`${name}.zip`), 'cache-control': 'no-store' },
  });
}
