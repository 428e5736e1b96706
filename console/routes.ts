/**
 * Every page of the console and the chat page, in one table. Pages load lazily so the seeker's
 * phone never downloads the staff console (or its charts); each staff page's data loader sits
 * beside it (`*.data.ts`) and runs as the route's preload. The pages link by `paths`
 * (console/paths.ts), which they import from there, not from this table that loads them.
 */
import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { preloadCase } from './staff/case.data.ts';
import { preloadLedger, preloadLedgerRecord } from './staff/ledger.data.ts';

export const routes: RouteDefinition[] = [
  { path: '/', component: lazy(() => import('./seeker/ChatPage.tsx')) },
  { path: '/embed', component: lazy(() => import('./seeker/EmbedPage.tsx')) },
  {
    path: '/console',
    component: lazy(() => import('./staff/StaffRoot.tsx')),
    children: [
      { path: '/login', component: lazy(() => import('./staff/LoginPage.tsx')) },
      { path: '/setup', component: lazy(() => import('./staff/SetupPage.tsx')) },
      {
        path: '/',
        component: lazy(() => import('./staff/StaffLayout.tsx')),
        children: [
          { path: '/', component: lazy(() => import('./staff/Home.tsx')) },
          { path: '/queue', component: lazy(() => import('./staff/QueuePage.tsx')) },
          { path: '/cases/:id', component: lazy(() => import('./staff/CasePage.tsx')), preload: preloadCase },
          { path: '/ask', component: lazy(() => import('./staff/AskPage.tsx')) },
          { path: '/ledger', component: lazy(() => import('./staff/LedgerPage.tsx')), preload: preloadLedger },
          { path: '/ledger/:id', component: lazy(() => import('./staff/LedgerRecordPage.tsx')), preload: preloadLedgerRecord },
          { path: '/catalog/:tab?', component: lazy(() => import('./staff/CatalogPage.tsx')) },
          { path: '/audit', component: lazy(() => import('./staff/AuditPage.tsx')) },
          { path: '/dashboard', component: lazy(() => import('./staff/DashboardPage.tsx')) },
          { path: '/password', component: lazy(() => import('./staff/PasswordPage.tsx')) },
          { path: '/accounts', component: lazy(() => import('./staff/AccountsPage.tsx')) },
          { path: '/access-log', component: lazy(() => import('./staff/AccessLogPage.tsx')) },
          { path: '/canned-replies', component: lazy(() => import('./staff/CannedRepliesPage.tsx')) },
          { path: '/search', component: lazy(() => import('./staff/SearchPage.tsx')) },
        ],
      },
    ],
  },
  { path: '*404', component: lazy(() => import('./NotFound.tsx')) },
];
