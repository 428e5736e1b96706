import { A, type RouteSectionProps, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, ErrorBoundary, For, type JSX, onMount, Show, Suspense } from 'solid-js';
import type { StaffRole } from '../api/staff.ts';
import { ErrorNote } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { paths } from '../paths.ts';
import { passwordFirst, useStaff } from './StaffProvider.tsx';

const n = t.staff.nav;
const ALL: StaffRole[] = ['counsellor', 'staff', 'supervisor', 'admin'];
/** Who sees which page follows the route→roles table (server/auth/permissions.ts). */
const CASEWORK: StaffRole[] = ['counsellor', 'supervisor'];
const NAV: { href: string; label: string; roles: StaffRole[] }[] = [
  { href: paths.queue, label: n.queue, roles: CASEWORK },
  { href: paths.ask, label: n.ask, roles: ALL },
  { href: paths.ledger, label: n.ledger, roles: CASEWORK },
  { href: paths.catalog(), label: n.catalog, roles: ALL },
  { href: paths.audit, label: n.audit, roles: ['supervisor', 'admin'] },
  { href: paths.dashboard, label: n.dashboard, roles: ['staff', 'supervisor', 'admin'] },
  { href: paths.accessLog, label: n.accessLog, roles: ['supervisor', 'admin'] },
  { href: paths.accounts, label: n.accounts, roles: ['admin'] },
  { href: paths.search, label: zh.helpers.nav.search, roles: CASEWORK },
  { href: paths.cannedReplies, label: zh.helpers.nav.canned, roles: ['counsellor', 'staff', 'supervisor'] },
];

/** The signed-in console: a guard (to the login page when signed out) and the navigation. */
export default function StaffLayout(props: RouteSectionProps) {
  const { session } = useStaff();
  const navigate = useNavigate();
  const location = useLocation();
  onMount(async () => {
    const user = session.user() ?? (await session.load().catch(() => null));
    if (!user) navigate(`${paths.login}?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  });
  // A one-time password: nothing but the password page until it is changed (the server answers 403 elsewhere).
  createEffect(() => {
    if (session.user()?.mustChangePassword && location.pathname !== paths.password) navigate(passwordFirst(location.pathname + location.search), { replace: true });
  });
  const logout = async () => {
    await session.logout();
    navigate(paths.login, { replace: true });
  };
  return (
    <Show when={session.user()} fallback={<p class="page-loading" role="status">{t.common.loading}</p>}>
      {(user) => (
        <div class="staff-shell">
          <a class="skip-link" href="#staff-main">
            {t.seeker.skipToInput}
          </a>
          <header class="staff-header">
            <span class="brand">{t.appName}</span>
            <nav aria-label={n.label}>
              <ul>
                <For each={user().mustChangePassword ? [] : NAV.filter((item) => item.roles.includes(user().role))}>
                  {(item) => (
                    <li>
                      <A href={item.href} activeClass="active">
                        {item.label}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <div class="who">
              <span class="small">{t.staff.session.signedInAs(user().displayName, zh.auth.roles[user().role])}</span>
              <A href={paths.password} class="small">
                {n.password}
              </A>
              <button type="button" class="ghost small-button" onClick={logout}>
                {n.logout}
              </button>
            </div>
          </header>
          <main id="staff-main" class="staff-main" tabindex="-1">
            <ErrorBoundary fallback={(err, reset) => <ErrorNote error={err} onRetry={reset} />}>
              <Suspense fallback={<p role="status">{t.common.loading}</p>}>{props.children as JSX.Element}</Suspense>
            </ErrorBoundary>
          </main>
        </div>
      )}
    </Show>
  );
}
