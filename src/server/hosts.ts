/** The names that reach this machine only: a page elsewhere cannot make the browser send them (DNS rebinding). */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

/** True when an address to listen on is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host name of a Host header ("[::1]:8080" → "::1", "Example.org:80" → "example.org"). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return h.replace(/:\d*$/, '');
}
