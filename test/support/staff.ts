import type { Database } from '../../server/db/client.ts';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { STAFF_COOKIE } from '../../server/auth/middleware.ts';
import type { StaffRole } from '../../server/auth/principal.ts';
import { createStaffSession, DEFAULT_SESSION_POLICY } from '../../server/auth/sessions.ts';

let n = 0;

/**
 * A staff user of `role` with a live session, for tests: `headers` carry the session cookie and the
 * same-origin header the CSRF check wants, ready to spread into `app.request`.
 */
export async function signIn(database: Database, role: StaffRole, name = `${role}${++n}`) {
  const user = await createStaffUser(database, { username: `${name}-${Date.now().toString(36)}`, displayName: name, role, password: 'Test-password-123!' });
  const { token } = await createStaffSession(database, user.id, DEFAULT_SESSION_POLICY);
  const headers = { cookie: `${STAFF_COOKIE}=${token}`, origin: 'http://localhost' };
  return { user, token, headers };
}
