/**
 * A tiny static file server for the built app (and the bench's bare page): node:http, bound to
 * 127.0.0.1 on a free port, read-only, no directory listings, no path escapes.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** URL prefix (starting and ending with "/") → directory on disk. The longest prefix wins. */
export type Mounts = Readonly<Record<string, string>>;

export interface StaticServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface ServerOptions {
  /** Extra response headers for files under a mount prefix (e.g. the app's CSP on "/" only). */
  readonly headers?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export async function startStaticServer(mounts: Mounts, options: ServerOptions = {}): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const pathname = decodedPath(request.url);
    if (pathname === undefined) {
      response.writeHead(400).end();
      return;
    }
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    const file = prefix === undefined ? undefined : fileIn(mounts[prefix]!, pathname.slice(prefix.length));
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405).end();
    } else if (file === undefined) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
    } else {
      response.writeHead(200, {
        ...(prefix === undefined ? {} : options.headers?.[prefix]),
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname);
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** The file for a request path under root, or undefined if it is missing or would escape root. */
function fileIn(root: string, relative: string): string | undefined {
  const base = resolve(root);
  let path = resolve(base, `.${sep}${relative}`);
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  try {
    if (statSync(path).isDirectory()) path = resolve(path, "index.html");
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}
