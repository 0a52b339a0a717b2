// Python's round() and format() round the exact binary value half to even; JavaScript's toFixed
// rounds ties up. Scores must print exactly as the reference scorer (score.py) prints them.

function isTie(x: number, digits: number): boolean {
  const doubled = x * 2 * 10 ** digits;
  return Number.isInteger(doubled) && Math.abs(doubled) % 2 === 1;
}

export function pyRound(x: number, digits: number): number {
  const scale = 10 ** digits;
  if (isTie(x, digits)) {
    const low = Math.floor(x * scale);
    return (low % 2 === 0 ? low : low + 1) / scale;
  }
  return Number(x.toFixed(digits));
}

/** Python's f"{x:.Nf}". */
export function pyFixed(x: number, digits: number): string {
  return pyRound(x, digits).toFixed(digits);
}
