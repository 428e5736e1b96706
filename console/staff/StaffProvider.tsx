import { createContext, type JSX, useContext } from 'solid-js';
import { useNavigate } from '@solidjs/router';
import { setPasswordChangeRequiredHandler, setUnauthenticatedHandler } from '../api/client.ts';
import { paths } from '../paths.ts';
import { createSessionStore, type SessionStore } from '../stores/staff-session.ts';

interface StaffStores {
  session: SessionStore;
}

const Ctx = createContext<StaffStores>();

/** The console's stores, composed once and shared by every staff page. */
export function StaffProvider(props: { children: JSX.Element }) {
  const session = createSessionStore();
  const navigate = useNavigate();
  setUnauthenticatedHandler(() => {
    session.expired();
    navigate(`${paths.login}?next=${encodeURIComponent(location.pathname + location.search)}&expired=1`, { replace: true });
  });
  setPasswordChangeRequiredHandler(() => {
    if (location.pathname !== paths.password) navigate(passwordFirst(location.pathname + location.search), { replace: true });
  });
  return <Ctx.Provider value={{ session }}>{props.children}</Ctx.Provider>;
}

/** The password page, first, for an account still on its one-time password; then on to `next`. */
export const passwordFirst = (next: string) => `${paths.password}?required=1&next=${encodeURIComponent(next.startsWith('/console') ? next : paths.console)}`;

export function useStaff(): StaffStores {
  const stores = useContext(Ctx);
  if (!stores) throw new Error('useStaff outside StaffProvider');
  return stores;
}
