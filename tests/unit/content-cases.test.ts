import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check.ts';
import { formatProblem, formatReport } from '../../src/content-checks/problems.ts';
import contentGuard from '../../src/integrations/content-guard.ts';
import { CASES, fixtureSite } from '../support/fixture-site.ts';

function problemsFor(caseName?: string) {
	const site = fixtureSite(caseName);
	try {
		return checkContent(site.root);
	} finally {
		site.cleanup();
	}
}

describe('the valid fixture site', () => {
	it('has no problems and nothing awaiting translation', () => {
		const report = problemsFor();
		expect(report.problems).toEqual([]);
		expect(report.backlog).toEqual([]);
		expect(report.counts).toEqual({ districts: 1, businesses: 1, authors: 1, topics: 2, stories: 1, pages: 0 });
	});
});

describe('each content case produces exactly its documented messages', () => {
	for (const name of readdirSync(CASES).sort()) {
		it(name, () => {
			const expected = readFileSync(join(CASES, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
			const report = problemsFor(name);
			expect(report.problems.map(formatProblem)).toEqual(expected);
			for (const problem of report.problems) {
				expect(problem.file).toMatch(/^content\//);
				expect(problem.message.length).toBeGreaterThan(20);
			}
		});
	}
});

describe('what editors see', () => {
	it('names the field for schema and reference errors', () => {
		const fields = problemsFor('unknown-reference').problems.map((problem) => problem.field);
		expect(fields).toEqual(['district', 'businesses.1', 'district', 'businesses.1']);
	});

	it('points MDX traps at the line in the file, not in the body', () => {
		const [problem] = problemsFor('mdx-stray-brace').problems;
		const source = readFileSync(join(CASES, 'mdx-stray-brace/files/content/stories/en/la-prova.mdx'), 'utf8').split('\n');
		expect(source[(problem?.line ?? 0) - 1]).toContain('{2026');
	});

	it('reports every MDX problem of a story in one run, each at its own line', () => {
		const problems = problemsFor('mdx-four-problems').problems;
		expect(problems.map((problem) => problem.line)).toEqual([19, 21, 23, 25]);
	});

	it('lists an untranslated CMS stub in the backlog without calling it an error', () => {
		const report = problemsFor('untranslated-stub');
		expect(report.problems).toEqual([]);
		expect(report.backlog).toEqual([{ slug: 'la-prova', writtenIn: ['it'], missing: ['en'], draft: false }]);
	});
});

describe('the build guard', () => {
	const setup = (root: string) => {
		const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: object) => void;
		hook({ config: { root: new URL(`file://${root}/`) }, logger: { info() {} } });
	};

	it('stops the build with every problem listed', () => {
		const site = fixtureSite('unverified-published');
		try {
			expect(() => setup(site.root)).toThrow(/Trame found 4 problems in the content\. Nothing was published\.[\s\S]*la-prova\.mdx  verifiedOn:/);
		} finally {
			site.cleanup();
		}
	});

	it('lets valid content through', () => {
		const site = fixtureSite('untranslated-stub');
		try {
			expect(() => setup(site.root)).not.toThrow();
		} finally {
			site.cleanup();
		}
	});

	it('formats a report that ends with how to see it again', () => {
		expect(formatReport([{ file: 'content/a.yaml', message: 'x is wrong' }])).toMatch(/1 problem in the content[\s\S]*npm run check:content/);
	});
});
