/**
 * Progressive enhancement for the share kit: without JavaScript the link and
 * the embed code are selectable text; with it, copy buttons and the native
 * share sheet appear, but only where the browser supports them.
 */
const announcer = document.querySelector<HTMLElement>('[data-share-status]');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
	const source = document.getElementById(button.dataset.copy ?? '');
	if (!navigator.clipboard || !(source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement)) continue;
	button.hidden = false;
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(source.value);
			if (announcer) announcer.textContent = button.dataset.copied ?? '';
		} catch {
			// Clipboard refused (permissions): select the text so the reader can copy it by hand.
			source.select();
		}
	});
}

const native = document.querySelector<HTMLButtonElement>('[data-native-share]');
if (native && typeof navigator.share === 'function') {
	native.hidden = false;
	native.addEventListener('click', () => {
		// A reader closing the share sheet rejects the promise; that is not an error worth showing.
		navigator.share({ title: native.dataset.title, url: native.dataset.url }).catch(() => {});
	});
}

// A module, not a global script: its names stay its own.
export {};
