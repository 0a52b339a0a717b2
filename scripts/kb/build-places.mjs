// Derives kb/places.tsv from the country blocks of the Phoenix/PETRARCH country dictionary
// (../shared/data/kb/petrarch/Phoenix.Countries.actors.txt, MIT): the cities, provinces and regions
// listed under a country, so that "in Kandahar" or "near Basra" places an event in its country, and
// the longer forms of the country's own name ("The United States"), which stay names.
// Paraat only reads the derived file; rerun this when the source changes:
//   node scripts/kb/build-places.mjs [SHARED_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.argv[2] ?? join(root, '..', 'shared');
const source = join(shared, 'data', 'kb', 'petrarch', 'Phoenix.Countries.actors.txt');
const MIN_LETTERS = 4;

/** Country blocks: a header line, "+" synonyms, and the codes in brackets on the header or after it. */
function readBlocks(text) {
  const blocks = [];
  let block = null;
  for (const raw of text.split('\n')) {
    const comment = raw.indexOf('#');
    const line = (comment >= 0 ? raw.slice(0, comment) : raw).trimEnd();
    const person = comment >= 0 && raw.slice(comment).includes('CountryInfo');
    if (line.trim() === '') continue;
    if (/^[A-Z]/.test(line)) {
      block = { header: line.replace(/\s*\[.*$/, '').trim(), synonyms: [], codes: [], person };
      blocks.push(block);
    } else if (!block) continue;
    else if (line.startsWith('+')) block.synonyms.push(line.slice(1).trim());
    for (const m of line.matchAll(/\[([^\]]+)\]/g)) block.codes.push(m[1].trim());
  }
  return blocks;
}

/** "MAZAR-I-SHARIF_" -> "Mazar-I-Sharif"; underscores are spaces. */
function nameOf(token) {
  return token
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => w.split('-').map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join('-'))
    .join(' ');
}

/** Words that also occur in lower case in running text are common words, never safe as names. */
function lowerCaseWords() {
  const words = new Set();
  for (const file of ['en_ewt-ud-train.conllu', 'nl_lassysmall-r2.1-train.conllu', 'nl_alpino-ud-dev.conllu']) {
    for (const line of readFileSync(join(shared, 'data', 'ud', file), 'utf8').split('\n')) {
      const form = line.split('\t')[1];
      if (form && /^\p{Ll}/u.test(form)) words.add(form);
    }
  }
  return words;
}

/** The names and the state codes of kb/countries.tsv. */
function knownCountries() {
  const names = new Set();
  const codes = new Set();
  const byCode = new Map();
  for (const line of readFileSync(join(root, 'kb', 'countries.tsv'), 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length !== 7 || line.startsWith('#') || cells[0] === 'id') continue;
    codes.add(cells[1]);
    const own = byCode.get(cells[1]) ?? [];
    for (const n of cells[6].split('|')) {
      names.add(n.toLowerCase());
      if (cells[5] === 'name') own.push(n.toLowerCase());
    }
    byCode.set(cells[1], own);
  }
  return { names, codes, byCode };
}

const blocks = readBlocks(readFileSync(source, 'utf8')).filter((b) => !b.person);
const common = lowerCaseWords();
const known = knownCountries();
const owners = new Map();
for (const block of blocks) {
  // Only country blocks, by the code in force now: undated, or open-ended (">20060520"). Earlier
  // codes say what the country itself was ("USRUKR" before 1991), not where its cities lie.
  const current = block.codes.filter((c) => !/\s/.test(c) || /\s>\d+$/.test(c)).map((c) => c.split(/\s/)[0]);
  if (current.length !== 1 || !/^[A-Z]{3}$/.test(current[0])) continue;
  const [code] = current;
  // States that no longer exist (SUN, DDR, CSK) are not in the knowledge base: their cities are left out.
  if (!known.codes.has(code)) continue;
  for (const synonym of block.synonyms) {
    const name = nameOf(synonym);
    if (name.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS || /\d/.test(name)) continue;
    if (known.names.has(name.toLowerCase())) continue;
    if (!name.includes(' ') && common.has(name.toLowerCase())) continue;
    const set = owners.get(name) ?? new Set();
    set.add(code);
    owners.set(name, set);
  }
}

/** Names of the country itself in another form ("The United States", "Republic of South Sudan"). */
function namesTheCountry(name, code) {
  const lower = ` ${name.toLowerCase()} `;
  return (known.byCode.get(code) ?? []).some((n) => n.length >= MIN_LETTERS && lower.includes(` ${n} `));
}

const byCode = new Map();
for (const [name, codes] of owners) {
  if (codes.size !== 1) continue; // listed under two countries: ambiguous
  const [code] = codes;
  const type = namesTheCountry(name, code) ? 'name' : 'place';
  const key = `${code}\t${type}`;
  byCode.set(key, [...(byCode.get(key) ?? []), name].sort());
}
const lines = [
  '# Places inside a country (cities, provinces, regions; type place): a mention of one places an event in',
  '# that country. Longer forms of a country\'s own name ("The United States") are of type name.',
  '# GENERATED by scripts/kb/build-places.mjs from the country blocks of Phoenix.Countries.actors.txt',
  '# (PETRARCH dictionaries, MIT); names that are also common lower-case words or listed under two',
  '# countries are left out. Edit the script or add lines to a hand-written file, not this one.',
  '# Columns: id, code, kind, sector ("-" none), lang ("*" any), type, names ("|"-separated).',
  'id\tcode\tkind\tsector\tlang\ttype\tnames',
  ...[...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([key, names]) => {
    const [code, type] = key.split('\t');
    return `${code}\t${code}\tstate\t-\t*\t${type}\t${names.join('|')}`;
  }),
];
writeFileSync(join(root, 'kb', 'places.tsv'), lines.join('\n') + '\n');
const counts = { name: 0, place: 0 };
for (const [key, names] of byCode) counts[key.split('\t')[1]] += names.length;
console.log(`kb/places.tsv: ${counts.place} places and ${counts.name} other names of ${new Set([...byCode.keys()].map((k) => k.split('\t')[0])).size} countries`);
