/**
 * The conflict–cooperation index, in one place so the stored aggregates, the alerts and the API agree.
 *
 * For a dyad and a day, every distinct article reporting events between the pair counts once:
 *   a_j   = mean Goldstein score of article j's events for the dyad that day   (−10 … +10)
 *   s_t   = mean over the day's articles of a_j                                (the day's score)
 *   c_t   = mean over the day's articles of the mean of max(0, −g) per article (the day's conflict)
 *   w_t   = log2(1 + n_t), n_t = number of distinct articles                   (support weight)
 * A story copied by fifty outlets moves the means no further than one copy does; it only raises the
 * support weight, and that logarithmically.
 *
 * Conflict intensity (what alerts watch): I_t = w_t · c_t.
 *
 * Index (what the dyad view plots): an exponentially smoothed, support-weighted mean of s_t,
 *   N_t = λ^Δ · N_prev + w_t · s_t,   D_t = λ^Δ · D_prev + w_t,   index_t = N_t / D_t,
 * with Δ the days since the previous observation and λ = 2^(−1/HALF_LIFE_DAYS). It stays on the
 * Goldstein scale: negative is conflictual, positive cooperative.
 */
export const HALF_LIFE_DAYS = 7;

export function supportWeight(articles: number): number {
  return Math.log2(1 + articles);
}

export function conflictIntensity(articles: number, conflictMean: number): number {
  return supportWeight(articles) * conflictMean;
}

export interface ScoredDay {
  day: string;
  articles: number;
  score: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Math.round(Date.parse(day + 'T00:00:00Z') / DAY_MS);
}

export function dayString(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/** The smoothed index after each day; `days` must be in date order. */
export function smoothedIndex(days: ScoredDay[], halfLifeDays = HALF_LIFE_DAYS): number[] {
  const lambda = 2 ** (-1 / halfLifeDays);
  let numerator = 0;
  let denominator = 0;
  let previous: number | null = null;
  return days.map((d) => {
    const n = dayNumber(d.day);
    const decay = previous === null ? 0 : lambda ** (n - previous);
    previous = n;
    const w = supportWeight(d.articles);
    numerator = decay * numerator + w * d.score;
    denominator = decay * denominator + w;
    return numerator / denominator;
  });
}
