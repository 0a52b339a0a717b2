import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Modality } from '../document/index.js';

export interface ModalityShift {
  type: string;
  cameo: string;
  mode: string | null;
}

const shiftFile = fileURLToPath(new URL('../../ontology/modality-shifts.tsv', import.meta.url));
let shifts: Map<string, ModalityShift> | null = null;

/** The type an event takes when its modality changes what it is (a conditional sanction is a threat). */
export function modalityShift(type: string, modality: Modality): ModalityShift | null {
  if (!shifts) {
    shifts = new Map();
    for (const line of readFileSync(shiftFile, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [from, when, to, cameo, mode] = line.split('\t').map((c) => c.trim());
      shifts.set(`${from}/${when}`, { type: to, cameo, mode: mode === '-' ? null : mode });
    }
  }
  return shifts.get(`${type}/${modality}`) ?? null;
}
