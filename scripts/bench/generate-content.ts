/**
 * Generated bilingual content for the build benchmark: districts, businesses,
 * authors and `storiesPerLanguage` stories in Italian and English, each with
 * a hero image, a pull quote, a fact box and a figure, valid for
 * `check:content`. Deterministic (seeded), so runs compare like with like.
 * Photos come from a pool of generated JPEGs, as editors reuse a district's
 * photos across its stories; every size processes the same pool.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { ITALIAN_REGIONS } from '../../src/schemas/content.ts';
import { seededRandom } from '../lib/seeded-random.ts';

export interface GenerateOptions {
	storiesPerLanguage: number;
}

export interface GeneratedCounts {
	districts: number;
	businesses: number;
	authors: number;
	storiesPerLanguage: number;
	images: number;
}

const IMAGE_POOL = 48;
const WORDS = {
	it: 'fornace telaio filo argilla smalto stampo bottega distretto mestiere famiglia export cliente fiera campione tessuto lana oro pelle legno pasta trafila forno vetro colore misura prova ordine viaggio mercato porto officina disegno'.split(' '),
	en: 'kiln loom thread clay glaze mould workshop district craft family export customer fair sample fabric wool gold leather wood pasta die oven glass colour size trial order journey market port works drawing'.split(' '),
};
const GLUE = {
	it: 'il la di che per con una nel dalla sulla ogni ancora oggi sempre poi'.split(' '),
	en: 'the a of that for with in from on every still today always then'.split(' '),
};


type Lang = 'it' | 'en';
const pad = (n: number) => String(n).padStart(4, '0');

function sentence(next: () => number, lang: Lang, words: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(i % 3 === 1 ? GLUE[lang][Math.floor(next() * GLUE[lang].length)]! : WORDS[lang][Math.floor(next() * WORDS[lang].length)]!);
	const text = out.join(' ');
	return text[0]!.toUpperCase() + text.slice(1) + '.';
}

const paragraph = (next: () => number, lang: Lang) => Array.from({ length: 5 }, () => sentence(next, lang, 12 + Math.floor(next() * 8))).join(' ');

/** A landscape JPEG about the weight of an edited photo, different per index. */
async function photo(index: number, file: string): Promise<void> {
	const width = 1600;
	const height = 1000;
	const pixels = Buffer.alloc(width * height * 3);
	const hue = (index * 47) % 255;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const offset = (y * width + x) * 3;
			const wave = Math.sin((x + index * 31) / 37) * Math.cos((y - index * 17) / 23) * 60;
			pixels[offset] = (hue + x / 8 + wave) & 255;
			pixels[offset + 1] = (120 + y / 6 - wave) & 255;
			pixels[offset + 2] = (200 - hue / 2 + ((x * y) % 29)) & 255;
		}
	}
	await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toFile(file);
}

/** Writes `content/` under `dir` (the root of a project copy). */
export async function generateContent(dir: string, { storiesPerLanguage }: GenerateOptions): Promise<GeneratedCounts> {
	const next = seededRandom(storiesPerLanguage);
	const content = join(dir, 'content');
	for (const folder of ['topics', 'districts', 'businesses', 'authors', 'media', 'stories/it', 'stories/en']) mkdirSync(join(content, folder), { recursive: true });

	// Thirty topics, named by their Italian word, as a real portal's vocabulary would be.
	const TOPICS = 30;
	for (let t = 0; t < TOPICS; t++) writeFileSync(join(content, 'topics', `${WORDS.it[t]}.yaml`), stringify({ name: { it: WORDS.it[t], en: WORDS.en[t] } }));

	const images = Array.from({ length: IMAGE_POOL }, (_, index) => `photo-${pad(index)}.jpg`);
	await Promise.all(images.map((name, index) => photo(index, join(content, 'media', name))));
	const image = (n: number) => images[n % images.length]!;

	const districts = Array.from({ length: 24 }, (_, n) => `distretto-${pad(n)}`);
	districts.forEach((id, n) => {
		writeFileSync(join(content, 'districts', `${id}.yaml`), stringify({
			name: { it: `Distretto ${WORDS.it[n % WORDS.it.length]} ${n}`, en: `${WORDS.en[n % WORDS.en.length]} district ${n}` },
			summary: { it: `${sentence(next, 'it', 14)} ${sentence(next, 'it', 12)}`, en: `${sentence(next, 'en', 14)} ${sentence(next, 'en', 12)}` },
			region: ITALIAN_REGIONS[n % ITALIAN_REGIONS.length],
			sectors: [WORDS.it[n % 10]],
			coordinates: { lat: 38 + (n % 9), lon: 8 + (n % 10) },
			cover: { image: image(n), alt: { it: `Il distretto ${n} al lavoro`, en: `District ${n} at work` } },
		}));
	});

	const businesses = Array.from({ length: Math.max(16, Math.round(storiesPerLanguage / 5)) }, (_, n) => `impresa-${pad(n)}`);
	businesses.forEach((id, n) => {
		writeFileSync(join(content, 'businesses', `${id}.yaml`), stringify({
			name: `Impresa ${WORDS.it[n % WORDS.it.length]} ${n}`,
			district: districts[n % districts.length],
			sectors: [WORDS.it[n % 10]],
			founded: 1900 + (n % 120),
			town: `Paese ${n}`,
			province: 'MO',
			coordinates: { lat: 38 + (n % 9) + 0.1, lon: 8 + (n % 10) + 0.1 },
			website: `https://impresa-${n}.example.com/`,
			email: `info@impresa-${n}.example.com`,
			languages: ['it', 'en'],
			makes: { it: sentence(next, 'it', 12), en: sentence(next, 'en', 12) },
			visits: { buyers: true, public: n % 2 === 0, byAppointment: true, details: { it: 'Su appuntamento, dal lunedì al venerdì.', en: 'By appointment, Monday to Friday.' } },
			factsCheckedOn: '2026-01-15',
		}));
	});

	const authors = Array.from({ length: 12 }, (_, n) => `autore-${pad(n)}`);
	authors.forEach((id, n) => {
		writeFileSync(join(content, 'authors', `${id}.yaml`), stringify({ name: `Autore ${n}`, role: { it: 'Giornalista', en: 'Journalist' }, bio: { it: sentence(next, 'it', 12), en: sentence(next, 'en', 12) } }));
	});

	for (let n = 0; n < storiesPerLanguage; n++) {
		const slug = `storia-${pad(n)}`;
		const business = businesses[n % businesses.length]!;
		const district = districts[n % businesses.length % districts.length]!;
		const day = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000 * 0.7).toISOString().slice(0, 10);
		const tagIndex = [n % TOPICS, (n * 7 + 3) % TOPICS];
		for (const lang of ['it', 'en'] as const) {
			const frontmatter = {
				title: `${sentence(next, lang, 6).slice(0, -1)} ${n}`,
				description: `${sentence(next, lang, 14)}`.slice(0, 150).padEnd(60, '.'),
				publishDate: day,
				kind: 'entrepreneur',
				district,
				businesses: [business],
				topics: tagIndex.map((t) => WORDS.it[t]),
				author: authors[n % authors.length],
				hero: { image: image(n), alt: lang === 'it' ? `Foto della storia ${n}` : `Photo of story ${n}` },
				verifiedBy: 'Redazione di prova, Trame (demo)',
				verifiedOn: day,
				featured: n < 3,
			};
			const body = [
				paragraph(next, lang),
				paragraph(next, lang),
				`<PullQuote cite="${lang === 'it' ? 'Titolare' : 'Owner'}">${sentence(next, lang, 12)}</PullQuote>`,
				paragraph(next, lang),
				`<FactBox title="${lang === 'it' ? 'In cifre' : 'In figures'}">\n\n- ${n % 90 + 10} ${lang === 'it' ? 'dipendenti' : 'employees'}\n- ${n % 70 + 20}% export\n\n</FactBox>`,
				paragraph(next, lang),
				`<Figure image="${image(n + 1)}" alt="${lang === 'it' ? 'Il laboratorio' : 'The workshop'} ${n}" caption="${sentence(next, lang, 8)}" />`,
				paragraph(next, lang),
			].join('\n\n');
			writeFileSync(join(content, 'stories', lang, `${slug}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
		}
	}
	return { districts: districts.length, businesses: businesses.length, authors: authors.length, storiesPerLanguage, images: images.length };
}

const storyFile = (dir: string, n: number) => join(dir, 'content', 'stories', 'it', `storia-${pad(n)}.mdx`);

/** The most common save in the CMS: a sentence added to one story's text, which only that story's page shows. */
export function editStoryText(dir: string): void {
	appendFileSync(storyFile(dir, 1), `\n${sentence(seededRandom(1), 'it', 12)}\n`);
}

/** A save that every page can show: one story's title, which appears on the cards of lists and related stories. */
export function editStoryTitle(dir: string): void {
	const file = storyFile(dir, 2);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (rivisto)'));
}
