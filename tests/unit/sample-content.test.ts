/**
 * The invented sample content (content/ while SAMPLE_CONTENT is on, the test
 * fixtures and the benchmark's generated content, always) must not put its
 * invented facts in the mouth of real institutions, and its contacts must
 * reach no one: reserved example domains, placeholder phone numbers, streets
 * without a house number.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SAMPLE_CONTENT } from '../../src/site.config.ts';

const ROOT = process.cwd();

/** A name as a whole word, accented letters included (`\b` treats "à" as a word boundary). */
const word = (source: string, flags = '') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `u${flags}`);

/** Real bodies the sample must never name, as checkers, sources or actors. Places, fairs and products may stay. */
const REAL_INSTITUTIONS: { kind: string; patterns: RegExp[] }[] = [
	{ kind: 'a chamber of commerce', patterns: [word('camer[ae] di commercio|chambers? of commerce|unioncamere', 'i'), word('CCIAA')] },
	{ kind: 'a university', patterns: [word('universit(?:à|a|y|ies)|ateneo|politecnico|polytechnic', 'i')] },
	{ kind: 'a ministry', patterns: [word('minister[oi]|ministr(?:y|ies)', 'i'), word('MISE|MIMIT|MAECI')] },
	{ kind: 'a regional or local government', patterns: [word('Regione [A-Z]\\p{L}*|(?:Provincia|Comune|Città metropolitana) di [A-Z]\\p{L}*|Regional (?:Government|Council)')] },
	{ kind: 'ICE, the Italian Trade Agency', patterns: [word('ICE|Italian Trade Agency')] },
	{ kind: 'a business association', patterns: [word('Confindustria|Confartigianato|Confcommercio|Confesercenti|Casartigiani|Coldiretti|Assindustria|CNA')] },
	{ kind: 'a public agency or bank', patterns: [word("ISTAT|SACE|SIMEST|Invitalia|Banca d'Italia|Bank of Italy")] },
	{ kind: 'a named consortium', patterns: [word('Consorzio (?:(?:di|del|della|per) )?[A-Z]\\p{L}*')] },
];

/** Every institution named in a text, with its line, for a message an editor can act on. */
function realInstitutions(text: string): { line: number; kind: string; match: string }[] {
	return text.split('\n').flatMap((line, index) =>
		REAL_INSTITUTIONS.flatMap(({ kind, patterns }) =>
			patterns.flatMap((pattern) => {
				const match = pattern.exec(line);
				return match ? [{ line: index + 1, kind, match: match[0] }] : [];
			}),
		),
	);
}

const files = (pattern: string) => globSync(pattern, { cwd: ROOT }).sort();
const TEXT_FILES = '**/*.{yaml,yml,mdx,md}';
/** The sample folders of content/, and the fixture sites' content, which tests build and browse. */
const sampleTextFiles = [
	...(SAMPLE_CONTENT ? files(`content/{stories,businesses,authors,districts}/${TEXT_FILES}`) : []),
	...files(`tests/fixtures/${TEXT_FILES}`).filter((file) => file.includes('/content/')),
	'scripts/bench/generate-content.ts',
];
const sampleBusinessFiles = sampleTextFiles.filter((file) => /\/content\/businesses\/|^content\/businesses\//.test(file));

describe('the institution detector', () => {
	it('recognises the kinds of names the sample used to carry', () => {
		for (const text of ['Marco Bellini, Camera di Commercio di Modena', 'Elisa Montanari, Università di Modena e Reggio Emilia', 'the Modena Chamber of Commerce', 'con il patrocinio del Ministero dello Sviluppo Economico', 'Confindustria Ceramica e la CNA', 'a desk at ICE in Milan', 'Regione Veneto', 'Consorzio di Tutela della Pasta di Gragnano', "due tecnici arrivati dall'università di Modena"]) {
			expect(realInstitutions(text), text).not.toEqual([]);
		}
	});

	it('leaves the setting alone: places, fairs, products, ordinary words', () => {
		for (const text of ['Durante la settimana del Cersaie', 'Castellarano appartiene alla provincia di Reggio Emilia', 'Pasta di Gragnano IGP', 'ice on the river', 'Paolo Benedetti, Trame (demo)', 'nello stesso comune', 'la fabbrica si mise a produrre']) {
			expect(realInstitutions(text), text).toEqual([]);
		}
	});
});

describe('the sample content', () => {
	it('has files to check', () => {
		expect(sampleBusinessFiles.length).toBeGreaterThan(0);
		if (SAMPLE_CONTENT) expect(sampleTextFiles.some((file) => file.startsWith('content/stories/'))).toBe(true);
	});

	it('names no real institution in any story, business, author or district', () => {
		const found = sampleTextFiles.flatMap((file) => realInstitutions(readFileSync(join(ROOT, file), 'utf8')).map(({ line, kind, match }) => `${file}:${line} names ${kind} ("${match}")`));
		expect(found, `The sample is invented: it must not attribute its facts to real bodies. Use the fictional desk instead, like verifiedBy: "Paolo Benedetti, Trame (demo)".\n${found.join('\n')}`).toEqual([]);
	});
});

/** Domains reserved for examples (RFC 2606 and 6761): they can never belong to anyone. */
function isReservedDomain(host: string): boolean {
	const name = host.toLowerCase().replace(/\.$/, '');
	return /(?:^|\.)example\.(?:com|org|net)$/.test(name) || /\.(?:example|test|invalid)$/.test(name);
}

/** The sample's placeholder phone number: the Italian area code, then only zeros (no Italian number is assigned that way). */
const PLACEHOLDER_PHONE = /^\+39 0\d{1,3} 0{5,8}$/;

describe('the sample contacts reach no one', () => {
	const businesses = sampleBusinessFiles.map((file) => ({ file, data: parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown> }));

	it('recognises reserved domains and placeholder numbers, and nothing else', () => {
		expect(['example.com', 'www.example.com', 'impresa-3.example.org', 'fontana.example', 'x.test'].every(isReservedDomain)).toBe(true);
		expect(['example.it', 'fontana.it', 'myexample.com', 'example.com.evil.it'].some(isReservedDomain)).toBe(false);
		expect(['+39 0536 000000', '+39 080 0000000'].every((phone) => PLACEHOLDER_PHONE.test(phone))).toBe(true);
		expect(['+39 0536 000214', '+39 333 0000000', '0536 000000'].some((phone) => PLACEHOLDER_PHONE.test(phone))).toBe(false);
	});

	it('uses reserved example domains for every website and e-mail address', () => {
		const problems = businesses.flatMap(({ file, data }) => [
			...(typeof data.website === 'string' && !isReservedDomain(new URL(data.website).hostname) ? [`${file}: website ${data.website}`] : []),
			...(typeof data.email === 'string' && !isReservedDomain(data.email.split('@').pop() ?? '') ? [`${file}: email ${data.email}`] : []),
		]);
		expect(problems, `Use a domain reserved for examples: https://www.example.com/<name>, info@<name>.example.\n${problems.join('\n')}`).toEqual([]);
	});

	it('writes every phone number as a placeholder: area code, then zeros', () => {
		const problems = businesses.filter(({ data }) => typeof data.phone === 'string' && !PLACEHOLDER_PHONE.test(data.phone)).map(({ file, data }) => `${file}: phone ${data.phone}`);
		expect(problems, `Write the area code followed by zeros, like "+39 0536 000000".\n${problems.join('\n')}`).toEqual([]);
	});

	it('gives streets without a house number, so no address leads to a real door', () => {
		const problems = businesses.filter(({ data }) => typeof data.address === 'string' && /\d+\s*[a-z]?$/i.test(data.address)).map(({ file, data }) => `${file}: address ${data.address}`);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('links and writes to nobody in the texts either', () => {
		const problems = sampleTextFiles
			.filter((file) => !file.endsWith('.ts'))
			.flatMap((file) => {
				const text = readFileSync(join(ROOT, file), 'utf8');
				const hosts = [...text.matchAll(/https?:\/\/([^/\s"')>\]]+)/g), ...text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map((match) => match[1]!);
				return hosts.filter((host) => !isReservedDomain(host)).map((host) => `${file}: ${host}`);
			});
		expect(problems, problems.join('\n')).toEqual([]);
	});
});
