/** The publisher logo every page's structured data names (Google wants one for articles); path in site-info.ts. */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../site.config.ts';
import { renderLogo } from '../../utils/seo/og-render.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array(await renderLogo(SITE_NAME)), { headers: { 'Content-Type': 'image/png' } });
