import { Router } from '@solidjs/router';
import { type JSX, Suspense } from 'solid-js';
import { t } from './i18n.ts';
import { routes } from './routes.ts';

export function App() {
  return <Router root={(props) => <Suspense fallback={<p class="page-loading" role="status">{t.common.loading}</p>}>{props.children as JSX.Element}</Suspense>}>{routes}</Router>;
}
