/** Who is signed in to the console: loaded from /api/auth/me, set by login, cleared by logout or a 401. */
import { createSignal } from 'solid-js';
import { ApiError } from '../api/client.ts';
import * as staff from '../api/staff.ts';

export function createSessionStore() {
  const [user, setUser] = createSignal<staff.StaffUser | null | undefined>(undefined);
  return {
    /** undefined: not known yet; null: signed out. */
    user,
    async load() {
      try {
        setUser(await staff.me());
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) setUser(null);
        else throw e;
      }
      return user();
    },
    async login(username: string, password: string) {
      setUser(await staff.login(username, password));
    },
    /** Signed in some other way (the first-admin setup): this user. */
    signedIn(u: staff.StaffUser) {
      setUser(u);
    },
    async logout() {
      await staff.logout().catch(() => {});
      setUser(null);
    },
    expired() {
      setUser(null);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
