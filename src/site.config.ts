/**
 * The one place the public address is set. Preview deploys override it with
 * SITE_URL (and SITE_BASE for a sub-path such as GitHub Pages project sites),
 * so canonicals, feeds, the sitemap and share images point at the right host.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://trame.example.org').replace(/\/+$/, '');
export const SITE_BASE = process.env.SITE_BASE ?? '/';
export const SITE_NAME = 'Trame';
