// What each token scope allows, over the policy's actions. A token never does more than its
// person may (can() is asked first); its scopes narrow that further. Pure, table-tested.
import type { TAction } from '@/lib/policies/can';

export const SCOPES = ['read', 'write', 'publish', 'admin'] as const;
export type TScopeName = (typeof SCOPES)[number];

export const SCOPE_LABEL: Record<TScopeName, string> = {
  read: 'read: pages, projects, search',
  write: 'write: create, edit and delete pages',
  publish: 'publish: model cards from training runs only',
  admin: 'admin: everything its admin may do',
};

const ALLOWS: Record<TScopeName, readonly TAction[]> = {
  read: ['read', 'export'],
  write: ['read', 'export', 'create', 'update', 'attach', 'delete', 'restore', 'import', 'publish', 'complete-action-item'],
  publish: ['publish'],
  admin: [
    'read',
    'export',
    'create',
    'update',
    'attach',
    'delete',
    'restore',
    'import',
    'publish',
    'complete-action-item',
    'manage-members',
    'create-project',
    'administer',
    'export-wiki',
    'import-wiki',
  ],
};

/** Tokens never manage accounts (no token makes tokens or changes passwords). */
export function scopesAllow(scopes: readonly string[], action: TAction): boolean {
  return scopes.some((s) => (ALLOWS[s as TScopeName] ?? []).includes(action));
}
