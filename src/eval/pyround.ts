// Python's round() and format() round the exact binary value of a float, ties to even. JavaScript's
// toFixed also works on the exact value but sends ties up. Scores must print exactly as the
// reference scorer (score.py) prints them, so exact ties are detected on the full expansion.

// Enough decimals to hold the exact expansion of any score (a double in [0, 1] above 1e-40).
const EXACT_DIGITS = 100;

function exactTie(x: number, digits: number): boolean {
  const expansion = Math.abs(x).toFixed(EXACT_DIGITS);
  const rest = expansion.slice(expansion.indexOf('.') + 1 + digits);
  return /^50*$/.test(rest);
}

/** Python's round(x, digits). */
export function pyRound(x: number, digits: number): number {
  return Number(pyFixed(x, digits));
}

/** Python's f"{x:.Nf}". */
export function pyFixed(x: number, digits: number): string {
  const up = x.toFixed(digits);
  if (!exactTie(x, digits)) return up;
  const scale = 10 ** digits;
  const low = Math.floor(Math.abs(x) * scale);
  const even = low % 2 === 0 ? low : low + 1;
  return ((Math.sign(x) * even) / scale).toFixed(digits);
}
