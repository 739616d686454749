import { describe, expect, it } from 'vitest';
import { previewProblems } from '../../cms/mdx-preview-check.ts';
import { lintMdx } from '../../src/content-checks/mdx-lint.ts';

const broken = ['Un paragrafo giusto.', '', 'Prezzi {da 5 euro}.', '', 'Noi <3 Prato.', '', 'import ed export sono cresciuti.', '', 'Meno di <10 dipendenti.'].join('\n');

describe('the CMS preview of a story the site could not build', () => {
	it('names every problem in Italian, each at its line, the lines the content check names', () => {
		const problems = previewProblems(broken);
		expect(problems.map((problem) => problem.line)).toEqual([3, 5, 7, 9]);
		expect(problems.map((problem) => problem.message)).toEqual([
			expect.stringMatching(/^Una parentesi graffa/),
			expect.stringMatching(/^Il segno "<"/),
			expect.stringMatching(/^Un paragrafo che inizia con "import"/),
			expect.stringMatching(/^Il segno "<"/),
		]);
		expect(lintMdx('x.mdx', broken, 1, () => true).map((problem) => problem.line)).toEqual([3, 5, 7, 9]);
	});

	it('has nothing to say about text the site builds, components included', () => {
		expect(previewProblems('Prezzi \\{da 5 euro\\}, Noi \\<3 Prato.\n\n&#105;mport ed export.\n\n<PullQuote cite="Mario">\nIl rame.\n</PullQuote>\n')).toEqual([]);
	});
});
