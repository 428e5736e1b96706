import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The seeker chat page and the widget the centre's website frames (console/routes.ts: `/` and
 * `/embed…`; a `/widget…` loader script too, so another site may load it). Everything else — the
 * staff console under /console, the API — may never be framed.
 */
export const EMBEDDABLE = /^\/((embed|widget)([/.?-].*)?)?$/;

export interface SecurityHeaderOptions {
  /** CSP frame-ancestors sources for the embeddable pages, e.g. `'self'` or `https://www.ybjy.gov.cn`. */
  frameAncestors: string[];
}

/**
 * The pages' policy: scripts and styles only from this origin (Vite emits no inline script), style
 * attributes allowed because ECharts writes its tooltips as HTML with inline styles (an inline
 * style cannot run code; inline <style> elements stay refused), images also as data: URLs
 * (ECharts' export), connections only back to this server (fetch, SSE).
 */
export const PAGE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** JSON and event streams: nothing to load, nothing may frame them. */
const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

const permissionsPolicy = { camera: [], microphone: [], geolocation: [], payment: [], usb: [] };

/**
 * X-Frame-Options for browsers without frame-ancestors, saying the same: DENY for 'none',
 * SAMEORIGIN for 'self' alone, and nothing for an allow-list, which it cannot express (the
 * CSP then governs on its own).
 */
export function xFrameOptionsFor(frameAncestors: string[]): string | false {
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") return 'DENY';
  if (frameAncestors.length === 1 && frameAncestors[0] === "'self'") return 'SAMEORIGIN';
  return false;
}

/**
 * Security headers by kind of response: the API (strict CSP, no framing, never cached — answers
 * carry personal data), the embeddable seeker pages (frame-ancestors from WIDGET_FRAME_ANCESTORS)
 * and every other page (the staff console: never framed).
 */
export function securityHeaders({ frameAncestors }: SecurityHeaderOptions) {
  const common = { permissionsPolicy, overwrite: true } as const;
  const api = secureHeaders({ ...common, contentSecurityPolicy: API_CSP, xFrameOptions: 'DENY' });
  const widget = secureHeaders({
    ...common,
    contentSecurityPolicy: { ...PAGE_CSP, frameAncestors },
    xFrameOptions: xFrameOptionsFor(frameAncestors),
    // Another site loads the widget's loader script from here.
    crossOriginResourcePolicy: 'cross-origin',
  });
  const page = secureHeaders({ ...common, contentSecurityPolicy: { ...PAGE_CSP, frameAncestors: ["'none'"] }, xFrameOptions: 'DENY' });
  return createMiddleware(async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/metrics' || path.startsWith('/healthz')) {
      await api(c, async () => {
        await next();
        if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
      });
      return;
    }
    await (EMBEDDABLE.test(path) ? widget : page)(c, next);
  });
}
