import { A } from '@solidjs/router';
import { t } from './i18n.ts';

export default function NotFound() {
  return (
    <main class="not-found">
      <h1>404</h1>
      <p>{t.common.error}</p>
      <A href="/">{t.seeker.title}</A>
    </main>
  );
}
