import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Modality } from '../document/index.js';

export interface ModalityShift {
  type: string;
  /** null: the event keeps its own CAMEO code. */
  cameo: string | null;
  /** undefined: the event keeps its own mode. */
  mode: string | null | undefined;
  modality: Modality;
}

const shiftFile = fileURLToPath(new URL('../../ontology/modality-shifts.tsv', import.meta.url));
let shifts: Map<string, ModalityShift> | null = null;

/** What an event becomes when its modality changes what it is (a conditional sanction is a threat). */
export function modalityShift(type: string, modality: Modality): ModalityShift | null {
  if (!shifts) {
    shifts = new Map();
    for (const line of readFileSync(shiftFile, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [from, when, to, cameo, mode, newModality] = line.split('\t').map((c) => c.trim());
      shifts.set(`${from}/${when}`, {
        type: to,
        cameo: cameo === '-' ? null : cameo,
        mode: mode === '=' ? undefined : mode === '-' ? null : mode,
        modality: newModality as Modality,
      });
    }
  }
  return shifts.get(`${type}/${modality}`) ?? null;
}

const complementFile = fileURLToPath(new URL('../../ontology/complements.tsv', import.meta.url));
let complements: Map<string, Set<string>> | null = null;

/** True when an event of type `governing` can take an event of type `embedded` as its content. */
export function takesAsContent(governing: string, embedded: string): boolean {
  if (!complements) {
    complements = new Map();
    for (const line of readFileSync(complementFile, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [type, embeddedTypes] = line.split('\t').map((c) => c.trim());
      complements.set(type, new Set(embeddedTypes.split(',').map((t) => t.trim())));
    }
  }
  const allowed = complements.get(governing);
  return Boolean(allowed && (allowed.has('*') || allowed.has(embedded)));
}
