// Derives kb/persons-phoenix.tsv and kb/roles-phoenix.tsv from the Phoenix actor dictionary of
// PETRARCH-2 (MIT), Phoenix.Countries.actors.txt in ../shared/data/kb/petrarch: the office holders
// it took from the CIA World Leaders lists ("# CountryInfo.txt" entries), with the roles they held
// from 1980 on. The dictionary stops about 2015, so a role it leaves open ends there. Persons
// already in the hand-written kb/persons.tsv are left out: those files are the better record.
//   node scripts/kb/build-phoenix-persons.mjs [SHARED_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.argv[2] ?? join(root, '..', 'shared');
const text = readFileSync(join(shared, 'data', 'kb', 'petrarch', 'Phoenix.Countries.actors.txt'), 'utf8');
const countries = JSON.parse(readFileSync(join(shared, 'data', 'kb', 'countries', 'mledoze-countries.json'), 'utf8'));

const SOURCE_ENDS = '2016-01-01';
const SCOPE_STARTS = '1980-01-01';
const SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'COP', 'SPY']);
// Phoenix's older or CAMEO-only country codes, as ISO 3166 alpha-3.
const CODE_FIXES = { ROM: 'ROU', TMP: 'TLS', ZAR: 'COD', KSV: 'XKX', YUG: 'SRB', SCG: 'SRB' };
const isoCodes = new Set(countries.map((c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3)));
// Words that make an alias a title or a description rather than a name.
const NOT_NAME = /^(MR\.?|MRS\.?|MS\.?|DR\.?|PRESIDENT|PRESIDENT-ELECT|PRIME|MINISTER|CHANCELLOR|KANZLER|BUNDESKANZLER|KING|QUEEN|PRINCE|SHEIKH|SENATOR|GENERAL|GEN\.?|THE|ADMINISTRATION|GOVERNMENT|FORMER|VICE|SECRETARY|SPEAKER|LEADER|CHAIRMAN|AMBASSADOR|FOREIGN|DEFENSE|DEFENCE|COLONEL|COL\.?|ADMIRAL|SIR|LORD|JUDGE|JUSTICE|MAYOR|GOVERNOR|DEPUTY|MARSHAL|EMIR|AYATOLLAH|CAPTAIN|MAJOR|LT\.?|LIEUTENANT)$/;
const PARTICLES = new Set(['VON', 'VAN', 'DER', 'DEN', 'DE', 'DA', 'DU', 'DOS', 'DAS', 'DEL', 'LA', 'LE', 'BIN', 'BINT', 'IBN', 'TER', 'TEN']);

function properCase(phrase) {
  return phrase
    .split(' ')
    .map((word, i) => {
      if (i > 0 && PARTICLES.has(word)) return word.toLowerCase();
      return word
        .toLowerCase()
        .replace(/(^|[-'.])(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase())
        .replace(/^(Al|El)-/, (p) => p.toLowerCase());
    })
    .join(' ');
}

function phoenixDate(digits) {
  const d = digits.length === 6 ? `${Number(digits.slice(0, 2)) > 26 ? '19' : '20'}${digits}` : digits;
  return d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null;
}

function parseRole(body) {
  const m = /^([A-Z]{3})([A-Z]{3})?[A-Z]*\s*(.*)$/.exec(body.trim());
  if (!m) return null;
  const code = CODE_FIXES[m[1]] ?? m[1];
  const sector = m[2] ?? null;
  if (!isoCodes.has(code) || !SECTORS.has(sector)) return null;
  const span = m[3].trim();
  let start = null;
  let end = null;
  let r;
  if ((r = /^(\d{6,8})-(\d{6,8})$/.exec(span))) [start, end] = [phoenixDate(r[1]), phoenixDate(r[2])];
  else if ((r = /^>(\d{6,8})$/.exec(span))) [start, end] = [phoenixDate(r[1]), SOURCE_ENDS];
  else if ((r = /^<(\d{6,8})$/.exec(span))) end = phoenixDate(r[1]);
  else return null;
  if (end !== null && (end <= SCOPE_STARTS || (start !== null && end <= start))) return null;
  return { code, sector, start, end };
}

// Entries: a name line ("NAME_  # CountryInfo.txt"), "+" alias lines, role lines in brackets.
const entries = [];
let current = null;
for (const raw of text.split('\n')) {
  const line = raw.replace(/\s+$/, '');
  if (/^[A-Z0-9]/.test(line)) {
    current = line.includes('CountryInfo') ? { names: [line.replace(/#.*/, '').trim()], roles: [] } : null;
    if (current) entries.push(current);
    for (const b of line.replace(/#.*/, '').matchAll(/\[([^\]]+)\]/g)) current?.roles.push(b[1]);
  } else if (current && line.startsWith('+')) current.names.push(line.slice(1).replace(/#.*/, '').trim());
  else if (current) for (const b of line.replace(/#.*/, '').matchAll(/\[([^\]]+)\]/g)) current.roles.push(b[1]);
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
// Names compared without spaces and hyphens: "Bashar Al Assad" is "Bashar al-Assad".
const nameKey = (s) => fold(s).replace(/[^a-z]/g, '');
const handRows = readFileSync(join(root, 'kb', 'persons.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t'))
  .map((l) => l.split('\t'));
const handNames = new Set(handRows.flatMap((cells) => cells[2].split('|').map(nameKey)));
const ids = new Set(handRows.map((cells) => cells[0]));

const persons = [];
const roles = [];
for (const entry of entries) {
  const personRoles = entry.roles.map(parseRole).filter(Boolean);
  if (personRoles.length === 0) continue;
  const names = [...new Set(entry.names.map((n) => n.replace(/\[.*$/, '').replace(/_+$/, '').replace(/_/g, ' ').trim()))]
    .filter((n) => n.split(' ').length >= 2 && !n.split(' ').some((w) => NOT_NAME.test(w)) && /^[A-Z][A-Z .'-]+$/.test(n))
    .map(properCase);
  if (names.length === 0 || names.some((n) => handNames.has(nameKey(n)))) continue;
  const id = `p:${fold(names[0]).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  if (ids.has(id)) continue;
  ids.add(id);
  const counts = new Map();
  for (const r of personRoles) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  const home = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  persons.push([id, home, names.join('|'), '~'].join('\t'));
  for (const r of personRoles) roles.push([id, r.code, r.sector, r.start ?? '', r.end ?? '', 'Phoenix'].join('\t'));
}

const licence = `# GENERATED by scripts/kb/build-phoenix-persons.mjs from the Phoenix actor dictionary of
# PETRARCH-2 (Phoenix.Countries.actors.txt, Open Event Data Alliance, MIT): office holders from the
# CIA World Leaders lists with their roles from 1980 on. The source stops about 2015: a role it
# leaves open is ended at ${SOURCE_ENDS} here. Correct a person by adding them to kb/persons.tsv
# (then rerun the script, which leaves out persons written there) or with an analyst's file.`;
writeFileSync(
  join(root, 'kb', 'persons-phoenix.tsv'),
  `${licence}\n# Columns: id, home, names ("|"-separated), short ("~": the surname names the person only after the
# full name in the same document; too many people share surnames to resolve them on their own).\nid\thome\tnames\tshort\n${persons.join('\n')}\n`,
);
writeFileSync(
  join(root, 'kb', 'roles-phoenix.tsv'),
  `${licence}\n# Columns: person, code, sector, start, end (exclusive), role ("Phoenix": the source names no office).\nperson\tcode\tsector\tstart\tend\trole\n${roles.join('\n')}\n`,
);
console.log(`kb/persons-phoenix.tsv: ${persons.length} persons; kb/roles-phoenix.tsv: ${roles.length} roles`);
