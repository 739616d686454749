/**
 * Which git host the CMS saves to is a deploy decision, not a code change:
 * it is read from the environment at build time. Netlify sites use
 * git-gateway (Netlify Identity logs editors in); GitHub Pages sites use the
 * GitHub backend with an OAuth proxy given in CMS_AUTH_URL.
 */
import type { CmsBackend } from 'decap-cms-core';

export type Env = Record<string, string | undefined>;

/** The production backend; `local_backend` in the config takes over on localhost. */
export function backendFromEnv(env: Env): CmsBackend {
	const name = env.CMS_BACKEND ?? 'git-gateway';
	const branch = env.CMS_BRANCH ?? 'main';
	if (name === 'git-gateway') return { name, branch, squash_merges: true };
	if (name === 'github') {
		if (!env.CMS_REPO) throw new Error('CMS_BACKEND=github needs CMS_REPO, the repository as "owner/name" (for example trame-it/trame).');
		return {
			name,
			repo: env.CMS_REPO,
			branch,
			squash_merges: true,
			...(env.CMS_AUTH_URL ? { base_url: env.CMS_AUTH_URL } : {}),
			...(env.CMS_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_AUTH_ENDPOINT } : {}),
		};
	}
	throw new Error(`CMS_BACKEND="${name}" is not supported: use "git-gateway" (Netlify) or "github" (GitHub Pages).`);
}

/**
 * Where `npm run cms` runs decap-server. Decap only tries it when the admin is
 * opened from localhost or 127.0.0.1, so the public site never contacts it.
 */
export function localBackendFromEnv(env: Env): { url: string } {
	return { url: `http://localhost:${env.DECAP_SERVER_PORT ?? '8081'}/api/v1` };
}
