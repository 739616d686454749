import { describe, expect, it } from 'vitest';
import { correctionMailto } from '../../src/utils/correction-mail.ts';

describe('correctionMailto', () => {
	const href = correctionMailto({
		to: 'redazione@trame.example.org',
		subject: 'Segnalazione di un errore: L’ebanista & co. #1?',
		body: 'Pagina: L’ebanista\nhttps://trame.example.org/it/storie/l-ebanista-di-meda/?a=1&b=2\n\nChe cosa non è esatto?',
	});
	const url = new URL(href);

	it('addresses the editors and carries subject and body that read back exactly', () => {
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('redazione@trame.example.org');
		const params = new URLSearchParams(url.search);
		expect(params.get('subject')).toBe('Segnalazione di un errore: L’ebanista & co. #1?');
		expect(params.get('body')).toBe('Pagina: L’ebanista\r\nhttps://trame.example.org/it/storie/l-ebanista-di-meda/?a=1&b=2\r\n\r\nChe cosa non è esatto?');
	});

	it('encodes spaces as %20 and line breaks as %0D%0A, as mail programs expect', () => {
		expect(href).not.toContain('+');
		expect(href).not.toMatch(/[\s#]/);
		expect(href).toContain('Pagina%3A%20L%E2%80%99ebanista%0D%0Ahttps');
		expect(href.match(/&/g)).toHaveLength(1);
	});
});
