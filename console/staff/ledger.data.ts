/** Data for the ledger pages: the searchable list and one record, preloaded on navigation. */
import { query, type RoutePreloadFuncArgs } from '@solidjs/router';
import { dueFollowUps, getLedgerRecord, listLedger } from '../api/cases.ts';
import { maybe } from '../api/client.ts';

export const ledgerList = query((q: string, owed: boolean) => maybe(listLedger({ ...(q ? { q } : {}), owed })), 'ledger-list');
export const ledgerRecord = query((id: string) => maybe(getLedgerRecord(id)), 'ledger-record');
export const overdueFollowUps = query(() => maybe(dueFollowUps()), 'ledger-follow-ups');

export function preloadLedger({ location }: RoutePreloadFuncArgs) {
  const params = new URLSearchParams(location.search);
  void ledgerList(params.get('q') ?? '', params.get('owed') === '1');
  void overdueFollowUps();
}

export function preloadLedgerRecord({ params }: RoutePreloadFuncArgs) {
  if (params.id) void ledgerRecord(params.id);
}
