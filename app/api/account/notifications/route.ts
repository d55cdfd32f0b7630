import { guarded } from '@/lib/auth/guard';
import { ZNoticePrefs } from '@/lib/notifications/preferences';
import { setNoticePrefs } from '@/lib/notifications/set-preferences';

// What reaches you, per kind of notice (inbox, email or off), and the daily digest.
export const PUT = guarded(ZNoticePrefs, { action: 'manage-own-account' }, ({ user, input }) => setNoticePrefs(user, input));
