/**
 * robots.txt from the configured site URL, so a preview deploy points
 * crawlers at its own sitemap instead of production's.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/routes.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(['User-agent: *', 'Allow: /', `Disallow: ${withBase('admin/')}`, '', `Sitemap: ${new URL(withBase('sitemap-index.xml'), site).href}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
