/** True for a PostgreSQL URL (postgres://user@host/db), false for a SQLite file path. */
export function isServerDatabase(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A database location for messages and logs: a URL's password left out. */
export function shownLocation(location: string): string {
  if (!isServerDatabase(location)) return location;
  try {
    const url = new URL(location);
    url.password = '';
    return url.toString();
  } catch {
    return location;
  }
}
