// Derives ontology/cameo.tsv from the CAMEO, Goldstein and CAMEO→PLOVER tables in ../shared/data/ontology.
// usage: npx tsx scripts/build-ontology.ts [DATA_DIR]
import { readFileSync, writeFileSync } from 'node:fs';

const dataDir = process.argv[2] ?? '../shared/data';
const dir = `${dataDir}/ontology`;

function readPairs(file: string): Map<string, string> {
  const out = new Map<string, string>();
  // Upstream line 156 of the event codes glues "1056 ...106:[-5.0] Demand withdrawal" together.
  const text = readFileSync(`${dir}/${file}`, 'utf8').replace(/(\D)(\d{3,4}):\[[-\d.]+\]\s*/g, '$1\n$2\t');
  for (const line of text.split('\n').slice(1)) {
    const [code, value] = line.split('\t');
    if (code && /^\d+$/.test(code.trim()) && value !== undefined) out.set(code.trim(), value.trim());
  }
  return out;
}

const descriptions = readPairs('CAMEO.eventcodes.txt');
const goldstein = readPairs('CAMEO.goldsteinscale.txt');
const plover = new Map<string, [string, string, string]>();
for (const line of readFileSync(`${dir}/CAMEO2PLOVER-2021.txt`, 'utf8').split('\n')) {
  const m = /^(\d+):\s*([^#]*)/.exec(line);
  if (!m) continue;
  const [type, mode = '', context = ''] = m[2].split(',').map((c) => c.trim());
  if (!plover.has(m[1])) plover.set(m[1], [type, mode, context.replace(/\s*;\s*/g, ';')]);
}

function quadClass(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

const rows = [...descriptions.keys()].sort().map((code) => {
  const p = plover.get(code) ?? plover.get(code.slice(0, 3)) ?? plover.get(code.slice(0, 2)) ?? ['', '', ''];
  return [code, goldstein.get(code) ?? '', quadClass(code), p[0], p[1], p[2], descriptions.get(code)].join('\t');
});
const header = [
  '# CAMEO event codes with their Goldstein score, GDELT QuadClass and PLOVER 2.0 mapping.',
  '# Derived by scripts/build-ontology.ts from CAMEO.eventcodes.txt (GDELT, MIT), CAMEO.goldsteinscale.txt',
  '# (GDELT layout) and CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0). Do not edit by hand.',
  '# columns: cameo  goldstein  quad_class(1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)',
  '#          plover_type  plover_mode  plover_context  description',
];
writeFileSync('ontology/cameo.tsv', header.join('\n') + '\n' + rows.join('\n') + '\n');
console.log(`ontology/cameo.tsv: ${rows.length} codes`);
