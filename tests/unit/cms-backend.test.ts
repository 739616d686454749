import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../cms/config.ts';
import { localBackendFromEnv } from '../../cms/backend.ts';
import { cmsRelaxations } from '../../src/utils/csp.ts';

describe('the local save server of npm run cms', () => {
	it('is where the CMS looks for it and where the admin page policy lets it connect, on any port', () => {
		for (const port of ['8081', '9123']) {
			const env = { DECAP_SERVER_PORT: port };
			const url = `http://localhost:${port}/api/v1`;
			expect(cmsConfig(env).local_backend).toEqual({ url });
			const connect = cmsRelaxations(localBackendFromEnv(env).url).directives.find((directive) => directive.startsWith('connect-src'));
			expect(connect?.split(' ')).toEqual(expect.arrayContaining([`http://localhost:${port}`, `http://127.0.0.1:${port}`]));
		}
		expect(cmsRelaxations(localBackendFromEnv({}).url).directives.join(' ')).toContain('http://localhost:8081');
	});
});
