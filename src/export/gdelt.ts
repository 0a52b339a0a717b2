import type { ActorRef } from '../document/index.js';
import type { EventRecord } from '../store/index.js';

/** The 61 columns of the GDELT 2.0 event table, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

// GDELT rows are dyadic: an event with several actors or recipients becomes one row per pair,
// numbered eventId * PAIR_SLOTS + k so every GLOBALEVENTID stays unique.
const PAIR_SLOTS = 100;

function actorColumns(actor: ActorRef | undefined): string[] {
  if (!actor) return ['', '', '', '', '', '', '', '', '', ''];
  const isState = actor.kind === 'state';
  return [
    actor.code + (actor.sector ?? ''),
    actor.name.toUpperCase(),
    isState ? actor.code : '',
    isState ? '' : actor.code,
    '', '', '',
    actor.sector ?? '',
    '', '',
  ];
}

/** Day-precise fields from a partial date; a month or year counts from its first day. */
function dateColumns(date: string | null): { sqlDate: string; monthYear: string; year: string; fraction: string } {
  if (!date) return { sqlDate: '', monthYear: '', year: '', fraction: '' };
  const [y, m = '01', d = '01'] = date.split('-');
  const start = Date.UTC(Number(y), 0, 1);
  const day = Math.floor((Date.UTC(Number(y), Number(m) - 1, Number(d)) - start) / 86_400_000) + 1;
  return { sqlDate: `${y}${m}${d}`, monthYear: `${y}${m}`, year: y, fraction: (Number(y) + day / 365).toFixed(4) };
}

function clean(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** GDELT 2.0 event-table rows (tab-separated) for stored events. */
export function gdeltRows(events: EventRecord[], dateAdded: Date = new Date()): string[][] {
  const added = dateAdded.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const rows: string[][] = [];
  for (const e of events) {
    const actors = e.actors.length ? e.actors : [undefined];
    const recipients = e.recipients.length ? e.recipients : [undefined];
    const date = dateColumns(e.date);
    const code = e.cameo ?? '';
    let k = 0;
    for (const a of actors) {
      for (const r of recipients) {
        if (k >= PAIR_SLOTS) break;
        rows.push(
          [
            String(e.id * PAIR_SLOTS + k++), date.sqlDate, date.monthYear, date.year, date.fraction,
            ...actorColumns(a), ...actorColumns(r),
            '1', code, code.slice(0, 3), code.slice(0, 2), clean(e.quad_class), clean(e.goldstein),
            '1', '1', '1', '',
            '', '', '', '', '', '', '', '',
            '', '', '', '', '', '', '', '',
            '', clean(e.place), '', '', '', '', '', '',
            added, clean(e.url ?? e.source),
          ].map(clean),
        );
      }
    }
  }
  return rows;
}
