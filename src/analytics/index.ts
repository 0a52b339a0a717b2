export { ALERT_RULES, scoreAlerts } from './alerts.js';
export { conflictIntensity, HALF_LIFE_DAYS, smoothedIndex, supportWeight } from './formula.js';
export { analyticsMissing, attachAnalytics, rebuildAnalytics, updateAnalytics } from './update.js';
export { dyadSeries, listAlerts, topDyads } from './queries.js';
export type { AlertRow, SeriesPoint, TopDyad } from './queries.js';
