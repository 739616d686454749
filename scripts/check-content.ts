/**
 * `npm run check:content`: every content problem at once, plus the translation
 * backlog and the facts due for a new check, without building. Exits non-zero
 * when anything must be fixed; old facts are a warning, never a failure.
 */
import { checkContent } from '../src/content-checks/check.ts';
import { formatProblem } from '../src/content-checks/problems.ts';
import { RECHECK_MONTHS } from '../src/site.config.ts';
import { formatRecheckItem } from '../src/utils/recheck-backlog.ts';
import { firstSteps } from './lib/first-steps.ts';

const report = checkContent(process.cwd());
const { counts } = report;
console.log(`Checked ${counts.stories} stories, ${counts.businesses} businesses, ${counts.districts} districts, ${counts.authors} authors, ${counts.topics} topics, ${counts.pages} pages.`);
for (const line of firstSteps(counts)) console.log(line);

if (report.backlog.length > 0) {
	console.log(`\nTranslation backlog (${report.backlog.length}):`);
	for (const item of report.backlog) console.log(`  ${item.slug}: written in ${item.writtenIn.join(', ')}, missing ${item.missing.join(', ')}${item.draft ? ' (draft)' : ''}`);
}

if (report.recheck.length > 0) {
	console.warn(`\nWarning: facts checked more than ${RECHECK_MONTHS} months ago, oldest first (${report.recheck.length}; also on /admin/da-ricontrollare/ after a build):`);
	for (const item of report.recheck) console.warn(`  ${formatRecheckItem(item)}`);
}

if (report.problems.length > 0) {
	console.error(`\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} to fix:`);
	for (const problem of report.problems) console.error(`  ${formatProblem(problem)}`);
	process.exitCode = 1;
} else {
	console.log('\nNo problems found.');
}
