import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { archiveDownload } from '@/lib/content/export-download';

// The whole wiki as a .zip laid out like content/ (admins): people, templates, projects, pages.
export const GET = guarded(z.object({}), { action: 'export-wiki' }, ({ user }) =>
  archiveDownload(user, { wiki: true }, `hindsight-${new Date().toISOString().slice(0, 10)}`),
);
