/**
 * The CMS application, bundled by Vite into /admin/ only. The configuration
 * is computed at build time by the page and passed in as JSON.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';

const source = document.getElementById('cms-config');
if (!source?.textContent) throw new Error('The admin page has no #cms-config element.');
const config = JSON.parse(source.textContent) as CmsConfig;
CMS.init({ config });
