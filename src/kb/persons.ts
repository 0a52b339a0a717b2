// What a person stands for on a date: the role in force then, or their home country as an elite
// (CAMEO's ELI) when they hold none of the listed offices.
import type { ActorKind } from '../document/index.js';
import type { Person, Role } from './data.js';
import { dayRange, overlaps, today } from './dates.js';
import type { KnowledgeBase } from './knowledge-base.js';

export interface PersonStanding {
  code: string;
  sector: string | null;
  kind: ActorKind;
  role: Role | null;
}

export const FORMER_OFFICIAL_SECTOR = 'ELI';

/** Roles in force on the date (null: today), the most recently started first. */
export function rolesOn(person: Person, date: string | null): Role[] {
  const range = dayRange(date ?? today());
  return person.roles
    .filter((role) => overlaps(role.start, role.end, range))
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
}

export function standingOn(kb: KnowledgeBase, person: Person, date: string | null): PersonStanding {
  const [role] = rolesOn(person, date);
  if (!role) return { code: person.home, sector: FORMER_OFFICIAL_SECTOR, kind: 'person', role: null };
  return { code: role.code, sector: role.sector, kind: kb.kindOfCode.get(role.code) ?? 'person', role };
}

/**
 * The one person a bare short name ("Biden") can mean on the date: the only candidate holding a
 * role then, or the only candidate at all. Null when that is not decided.
 */
export function personByShortName(candidates: Person[], date: string | null): Person | null {
  if (candidates.length === 1) return candidates[0];
  const active = candidates.filter((p) => rolesOn(p, date).length > 0);
  return active.length === 1 ? active[0] : null;
}
