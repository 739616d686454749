/**
 * "Report a correction" is a plain mailto: link, so it works with no script,
 * no form service and nothing sent to a third party: the reader's own mail
 * program opens with the page named, and the editors get a message they can
 * answer. RFC 6068 wants every reserved character of the subject and body
 * percent-encoded, spaces as %20 (never +) and line breaks as %0D%0A.
 */

export interface CorrectionMail {
	/** The editors' address (site.config.ts). */
	to: string;
	subject: string;
	body: string;
}

/** Percent-encodes a header value of a mailto: URL, line breaks as CRLF. */
function encodeHeader(value: string): string {
	return encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
}

/** The href of the link; the address is the site's own setting, so only the subject and body need encoding. */
export function correctionMailto({ to, subject, body }: CorrectionMail): string {
	return `mailto:${to}?subject=${encodeHeader(subject)}&body=${encodeHeader(body)}`;
}
