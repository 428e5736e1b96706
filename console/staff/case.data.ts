/** Data for the case page: the case detail (preloaded on hover/navigation), refreshed by its live stream. */
import type { RoutePreloadFuncArgs } from '@solidjs/router';
import { type CaseDetail, getCase } from '../api/cases.ts';

const warm = new Map<string, Promise<CaseDetail>>();

export function preloadCase({ params }: RoutePreloadFuncArgs) {
  if (params.id && !warm.has(params.id)) {
    const p = getCase(params.id);
    p.catch(() => warm.delete(params.id!));
    warm.set(params.id, p);
    setTimeout(() => warm.delete(params.id!), 10_000);
  }
}

/** The preloaded detail if it is fresh, else a new request. */
export function loadCase(id: string): Promise<CaseDetail> {
  const p = warm.get(id);
  warm.delete(id);
  return p ?? getCase(id);
}
