/**
 * `npm run cms` serves /admin/ from `astro dev`, which reloads every open page
 * whenever content/ changes, that is right after each save. Decap keeps the
 * open entry in memory, so that reload would throw away what the editor typed
 * since (typically the other language's column) after a "leave this page?"
 * prompt. Vite reloads only the page a full reload names when it names an HTML
 * file, so naming one that is not this page leaves the CMS alone. Site pages
 * open in other tabs still reload; a build has no `import.meta.hot`.
 */
export function keepCmsOpenOnContentChanges() {
	import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
		payload.path = '/admin/not-this-page.html';
	});
}
