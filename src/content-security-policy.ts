import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy Astro writes into every page as a `<meta http-equiv>` tag, with a
 * hash for each script and style it emits. Everything comes from the site itself; nothing may
 * run inline without a hash, and nothing is loaded from another host.
 */
export const contentSecurityPolicy: CspConfig = {
  directives: [
    "default-src 'self'",
    // Inline SVG icons in stylesheets (Pagefind's UI) are data: URLs; no remote images.
    "img-src 'self' data:",
    "font-src 'self'",
    // Pagefind fetches its index and wasm from the site.
    "connect-src 'self'",
    // Pagefind runs its search in a worker it may start from a blob: URL.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind compiles its WebAssembly search core; this allows that, not eval of JavaScript.
    resources: ["'self'", "'wasm-unsafe-eval'"],
  },
};
