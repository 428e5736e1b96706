import { A, useLocation } from '@solidjs/router';
import { onMount } from 'solid-js';
import { t, zh } from './i18n.ts';
import { paths } from './paths.ts';

const n = zh.forms.notFound;

/** An address with no page: what happened, the address itself, and the way to the main pages. */
export default function NotFound() {
  const location = useLocation();
  const staff = () => location.pathname.startsWith('/console');
  onMount(() => (document.title = `${n.title} · ${t.appName}`));
  return (
    <main class="not-found">
      <h1>{n.title}</h1>
      <p>{n.text}</p>
      <p class="small muted">
        <code>{location.pathname}</code>
      </p>
      <p>{n.links}</p>
      <ul>
        {staff() ? (
          <>
            <li>
              <A href={paths.console}>{n.console}</A>
            </li>
            <li>
              <A href={paths.queue}>{n.queue}</A>
            </li>
            <li>
              <A href={paths.ledger}>{n.ledger}</A>
            </li>
          </>
        ) : null}
        <li>
          <A href={paths.chat}>{n.chat}</A>
        </li>
      </ul>
    </main>
  );
}
