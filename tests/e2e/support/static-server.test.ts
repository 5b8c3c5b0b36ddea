import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "./static-server.ts";

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise it). */
function get(url: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the test server", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "static-server-"));
    mkdirSync(join(root, "site", "geo"), { recursive: true });
    writeFileSync(join(root, "site", "index.html"), "<p>home</p>");
    writeFileSync(join(root, "site", "geo", "map.json"), "{}");
    writeFileSync(join(root, "secret.txt"), "outside the served folder");
    server = await startStaticServer({ "/": join(root, "site") });
  });
  afterAll(() => server.close());

  it("serves index.html for a folder and files with their content type", async () => {
    expect(await get(server.url, "/")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<p>home</p>" });
    expect(await get(server.url, "/geo/map.json")).toMatchObject({ status: 200, type: "application/json; charset=utf-8" });
  });

  it("answers 404 for a missing file and 400 for a malformed path, and keeps serving", async () => {
    expect((await get(server.url, "/nope.js")).status).toBe(404);
    expect((await get(server.url, "/%E0%A4%A")).status).toBe(400);
    expect((await get(server.url, "/")).status).toBe(200);
  });

  it("never serves a file outside its folder, even through an encoded ../", async () => {
    for (const path of ["/../secret.txt", "/..%2fsecret.txt", "/geo/..%2f..%2fsecret.txt"]) {
      const response = await get(server.url, path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain("outside");
    }
  });
});
