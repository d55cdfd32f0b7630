import { guarded } from '@/lib/auth/guard';
import { changePassword, ZChangePassword } from '@/lib/users/change-password';

// A person changes their own password (checked against the current one).
export const POST = guarded(ZChangePassword, { action: 'manage-own-account' }, ({ user, input }) => changePassword(user, input));
