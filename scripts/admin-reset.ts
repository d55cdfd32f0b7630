// npm run admin:reset -- <email>: a new one-time password for an account, printed once. Uses
// DATABASE_URL, or the embedded database (the running wiki's, or started for the command).
import path from 'node:path';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');

async function main() {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error('Usage: npm run admin:reset -- <email>');
    return 2;
  }
  const stopDatabase = await databaseForScript(root);
  try {
    const { resetPassword } = await import('@/lib/users/reset-password');
    const reset = await resetPassword(email);
    console.log(`New password for ${reset.email}, shown only now (every session of the account was ended):`);
    console.log(`  password: ${reset.password}`);
    console.log('Sign in with it, then choose your own under your name → Your account → Password.');
    return 0;
  } catch (err) {
    console.error(`admin:reset: ${(err as Error).message}`);
    return 1;
  } finally {
    await stopDatabase();
  }
}

main().then((code) => process.exit(code));
