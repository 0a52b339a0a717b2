// A test HTTP server on 127.0.0.1 (a free port), serving what each test registers; it records
// the requests it got, so tests can check conditional headers, and stops with close().
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: string;
  routes: Map<string, Handler>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_req, res) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => res.writeHead(status, { location }).end();
}

export const articleBody = [
  'The regional council voted on Tuesday to close the northern border crossing for three weeks after the floods.',
  'Officials said the decision followed two days of talks with the neighbouring province and the transport ministry.',
  'Traders who use the crossing every day said the closure would cost them a large part of their monthly income.',
];

export function articlePage(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>${title} | Test Post</title>${extra}</head><body><article><h1>${title}</h1>${articleBody
    .map((p) => `<p>${p} ${title}.</p>`)
    .join('')}</article></body></html>`;
}
