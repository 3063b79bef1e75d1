/**
 * The one Content-Security-Policy of the planner, sent as a response header by the
 * Electron `app://` protocol handler and by the browser host alike. The app makes no
 * network requests: every directive allows only the app's own origin ('self'), nothing
 * inline (no 'unsafe-inline', no 'unsafe-eval'; one library style by its hash), and no
 * remote origin anywhere.
 *
 * `connect-src 'self'` is what the browser host's fetch to /api needs; in Electron the
 * renderer talks over IPC and 'self' is the app:// origin, which serves only files.
 * Pure module (no electron import) so the browser host can share it.
 */

/**
 * react-aria (used by the UI) inserts one fixed <style> element for pressable elements.
 * It is allowed by the hash of its exact text rather than with 'unsafe-inline', so no
 * other inline style can ever apply. tests/unit/electron/securityHelpers.test.ts checks
 * that the installed react-aria still inserts exactly this text.
 */
export const REACT_ARIA_PRESSABLE_STYLE =
  '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}';
export const REACT_ARIA_PRESSABLE_STYLE_HASH = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", REACT_ARIA_PRESSABLE_STYLE_HASH],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'worker-src': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * Headers every response of the app carries besides the CSP: no MIME sniffing, no
 * referrer leaves the app, no framing by another page, no cross-origin reads.
 *
 * No Cross-Origin-Opener-Policy, on purpose (docs/security.md, "Why no COOP"): it guards a
 * window against another page holding a reference to it, which cannot happen here (Electron
 * denies every new window; the browser host's planner is opened by the operating system,
 * opens no window itself, and answers only with the launch token in its own tab). Its price
 * was paid on every start: a COOP page cannot stay in the renderer process its tab began
 * with, so Chromium starts a second one after the HTML has arrived, 200-400 ms here
 * (docs/performance.md, "Sixth round: cold start").
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
