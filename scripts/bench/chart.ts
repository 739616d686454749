/**
 * A grouped bar chart as a self-contained SVG, small enough to read in a
 * diff and rendered by GitHub in results.md; no charting library for a
 * handful of bars.
 */

export interface Series {
	name: string;
	colour: string;
	values: number[];
}

export interface BarChart {
	title: string;
	unit: string;
	/** One label per group (a site size). */
	groups: string[];
	series: Series[];
	/** A dashed line the bars should stay under, such as a target. */
	limit?: { value: number; label: string };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const WIDTH = 640;
const HEIGHT = 320;
const PLOT = { left: 60, right: 20, top: 50, bottom: 50 };

/** The chart as an SVG document. */
export function barChartSvg(chart: BarChart): string {
	const max = Math.max(...chart.series.flatMap((series) => series.values), chart.limit?.value ?? 0) * 1.15 || 1;
	const plotWidth = WIDTH - PLOT.left - PLOT.right;
	const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
	const y = (value: number) => PLOT.top + plotHeight - (value / max) * plotHeight;
	const groupWidth = plotWidth / chart.groups.length;
	const barWidth = (groupWidth * 0.7) / chart.series.length;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12" role="img" aria-label="${escape(chart.title)}">`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
		`<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(chart.title)}</text>`,
		`<line x1="${PLOT.left}" y1="${y(0)}" x2="${WIDTH - PLOT.right}" y2="${y(0)}" stroke="#333"/>`,
	];
	for (let tick = 0; tick <= 4; tick++) {
		const value = (max / 4) * tick;
		parts.push(`<line x1="${PLOT.left}" y1="${y(value)}" x2="${WIDTH - PLOT.right}" y2="${y(value)}" stroke="#ddd"/>`, `<text x="${PLOT.left - 6}" y="${y(value) + 4}" text-anchor="end">${value.toFixed(value < 10 ? 1 : 0)}</text>`);
	}
	parts.push(`<text x="14" y="${PLOT.top + plotHeight / 2}" transform="rotate(-90 14 ${PLOT.top + plotHeight / 2})" text-anchor="middle">${escape(chart.unit)}</text>`);
	chart.groups.forEach((group, g) => {
		const x0 = PLOT.left + g * groupWidth + groupWidth * 0.15;
		chart.series.forEach((series, s) => {
			const value = series.values[g] ?? 0;
			const x = x0 + s * barWidth;
			parts.push(`<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" fill="${series.colour}"><title>${escape(`${series.name}, ${group}: ${value.toFixed(1)} ${chart.unit}`)}</title></rect>`);
			parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(value) - 4).toFixed(1)}" text-anchor="middle" font-size="11">${value.toFixed(value < 10 ? 1 : 0)}</text>`);
		});
		parts.push(`<text x="${(PLOT.left + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${HEIGHT - PLOT.bottom + 18}" text-anchor="middle">${escape(group)}</text>`);
	});
	if (chart.limit) {
		parts.push(`<line x1="${PLOT.left}" y1="${y(chart.limit.value)}" x2="${WIDTH - PLOT.right}" y2="${y(chart.limit.value)}" stroke="#c00" stroke-dasharray="6 4"/>`, `<text x="${PLOT.left + 4}" y="${y(chart.limit.value) - 5}" fill="#c00">${escape(chart.limit.label)}</text>`);
	}
	const legendStep = Math.min(150, plotWidth / chart.series.length);
	chart.series.forEach((series, s) => {
		const x = PLOT.left + s * legendStep;
		parts.push(`<rect x="${x}" y="${HEIGHT - 22}" width="12" height="12" fill="${series.colour}"/>`, `<text x="${x + 17}" y="${HEIGHT - 12}">${escape(series.name)}</text>`);
	});
	parts.push('</svg>');
	return parts.join('\n') + '\n';
}
