import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CONVENTIONS = ['domestic-recipient', 'domestic-actor', 'place-as-actor', 'topic-target', 'genitive-patient', 'force', 'domestic-force'] as const;
type Convention = (typeof CONVENTIONS)[number];

interface ConventionRow {
  type: string;
  cameoPrefix: string;
  convention: Convention;
  value: string | null;
}

const conventionFile = fileURLToPath(new URL('../../ontology/conventions.tsv', import.meta.url));
let rows: ConventionRow[] | null = null;

function conventionRows(): ConventionRow[] {
  if (rows) return rows;
  rows = [];
  readFileSync(conventionFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [type, prefix, convention, value] = line.split('\t').map((c) => c.trim());
      if (!(CONVENTIONS as readonly string[]).includes(convention)) {
        throw new Error(`ontology/conventions.tsv:${index + 1}: unknown convention "${convention}"`);
      }
      rows!.push({ type, cameoPrefix: prefix === '-' ? '' : prefix, convention: convention as Convention, value: value && value !== '-' ? value : null });
    });
  return rows;
}

/**
 * The convention's row for an event of this type and CAMEO code: its value, '' when the convention
 * holds without one, or null when it does not hold.
 */
export function convention(name: Convention, type: string, cameo: string): string | null {
  const row = conventionRows().find((r) => r.convention === name && r.type === type && cameo.startsWith(r.cameoPrefix));
  return row ? (row.value ?? '') : null;
}
