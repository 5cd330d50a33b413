// Serves a built site under its base path from a folder that can be swapped while it runs: a new
// build deployed behind the same URL, as GitHub Pages does.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { distFile } from './built-site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};

export interface SwappableSite {
  /** The site's address, ending in the base path. */
  url: string;
  deploy(dist: string): void;
  close(): Promise<void>;
}

export async function serveSite(dist: string, base: string): Promise<SwappableSite> {
  let root = dist;
  const server = createServer(async (request, response) => {
    const file = distFile(root, base, new URL(request.url!, 'http://localhost').pathname);
    try {
      const body = await readFile(file!);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file!)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    deploy: (next) => void (root = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
