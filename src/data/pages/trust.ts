/**
 * What a story or business page shows so readers can question it: the
 * "Report a mistake" e-mail link (the editors' address, the page's title and
 * address filled in) and the link to the corrections policy while that page
 * exists in the language. Part of the page's model, so a new address or a
 * removed policy page renders the page again.
 */
import type { Language } from '../../i18n/languages.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { EDITORS_EMAIL, SITE_URL } from '../../site.config.ts';
import { correctionMailto } from '../../utils/correction-mail.ts';
import { absoluteUrl } from '../../utils/seo/head.ts';
import { linkedPage, type PageLink } from '../../utils/site-pages.ts';

export interface ReportView {
	/** The mailto: link with subject and body filled in. */
	mailto: string;
	/** The corrections policy, when that page exists in this language. */
	policy?: PageLink;
}

/** The report link of the page at `path` titled `title`; `links` are the language's pages about the site. */
export function reportView(lang: Language, title: string, path: string, links: readonly PageLink[]): ReportView {
	const t = useTranslations(lang);
	const url = absoluteUrl(path, SITE_URL);
	const mailto = correctionMailto({ to: EDITORS_EMAIL, subject: t('correction.subject', { title }), body: t('correction.body', { title, url }) });
	const policy = linkedPage(links, 'corrections');
	return policy ? { mailto, policy } : { mailto };
}
