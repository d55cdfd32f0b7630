import { describe, expect, it } from 'vitest';
import { migrationFolders, migrationsPending } from './prepare-database';

describe('migrationsPending', () => {
  it('is false when every migration folder was applied, so a restart skips prisma migrate deploy', async () => {
    expect(migrationFolders().length).toBeGreaterThan(20);
    expect(await migrationsPending()).toBe(false);
  });

  it('is true when a folder was not applied', async () => {
    expect(await migrationsPending([...migrationFolders(), '29991231000000_not_applied_yet'])).toBe(true);
  });
});
