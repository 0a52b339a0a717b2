// What a person stands for on a date: the role in force then, or their home country as an elite
// (CAMEO's ELI) when they hold none of the listed offices.
import type { ActorKind } from '../document/index.js';
import type { Person, Role } from './data.js';
import { dayRange, overlaps, today } from './dates.js';
import type { DayRange } from './dates.js';
import type { KnowledgeBase } from './knowledge-base.js';

export interface PersonStanding {
  code: string;
  sector: string | null;
  kind: ActorKind;
  role: Role | null;
}

export const FORMER_OFFICIAL_SECTOR = 'ELI';

/**
 * Roles in force on the date, the most recently started first. Without a date: the roles in force
 * today, or else the person's last role (an undated text most likely speaks of them in office).
 */
export function rolesOn(person: Person, date: string | null): Role[] {
  const range = dayRange(date ?? today());
  const latestFirst = [...person.roles].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const current = latestFirst.filter((role) => overlaps(role.start, role.end, range));
  if (date === null && current.length === 0) return latestFirst.slice(0, 1);
  return current;
}

export function standingOn(kb: KnowledgeBase, person: Person, date: string | null): PersonStanding {
  const [role] = rolesOn(person, date);
  // A party out of the recorded roles is still its country's; only persons become former officials.
  if (!role) return person.party ? { code: person.home, sector: null, kind: 'group', role: null } : { code: person.home, sector: FORMER_OFFICIAL_SECTOR, kind: 'person', role: null };
  return { code: role.code, sector: role.sector, kind: kb.kindOfCode.get(role.code) ?? 'person', role };
}

// A bare surname still names someone who left office this many years before the date ("Biden" in 2026).
const RECENT_YEARS = 10;

/**
 * The one person a bare short name ("Biden") can mean on the date: the only candidate holding a
 * role then; failing that, the only one who held a role in the years before (and whose surname may
 * stand alone). Null when that does not decide: a guess is worse than no actor.
 */
export function personByShortName(candidates: Person[], date: string | null): Person | null {
  const active = candidates.filter((p) => rolesOn(p, date).length > 0);
  if (active.length > 0) return active.length === 1 ? active[0] : null;
  const range = dayRange(date ?? today());
  const recent: DayRange = { first: `${Number(range.first.slice(0, 4)) - RECENT_YEARS}${range.first.slice(4)}`, last: range.last };
  const former = candidates.filter((p) => p.shortAlone && p.roles.some((r) => overlaps(r.start, r.end, recent)));
  return former.length === 1 ? former[0] : null;
}
