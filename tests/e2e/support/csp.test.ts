import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer } from "./app-server.ts";
import { appHeaders, directives, headersFor } from "./csp.ts";
import type { StaticServer } from "./static-server.ts";

function headersOf(url: string, path: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "HEAD" }, (res) => done(res.headers));
    req.on("error", fail);
    req.end();
  });
}

describe("the content security policy in public/_headers", () => {
  const policy = directives(appHeaders()["content-security-policy"] ?? "");

  it("allows script only from the app itself: no inline script, no eval, no plugins, no base or form tricks", () => {
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    for (const sources of policy.values()) expect(sources.filter((s) => /unsafe|\*/.test(s))).toEqual([]);
  });

  it("allows images from the app, data: and the one tile host, and nothing else from outside", () => {
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "https://tile.openstreetmap.org"]);
    for (const [name, sources] of policy) if (name !== "img-src") expect(sources.filter((s) => /^https?:/.test(s)), name).toEqual([]);
  });

  it("asks for Trusted Types in report-only mode", () => {
    expect(appHeaders()["content-security-policy-report-only"]).toBe("require-trusted-types-for 'script'");
  });

  it("reads only the block of the path asked for", () => {
    const text = "# a comment\n/*\n  A: 1\n  B: two words\n/other\n  A: 3\n";
    expect(headersFor(text)).toEqual({ a: "1", b: "two words" });
    expect(headersFor(text, "/other")).toEqual({ a: "3" });
  });
});

describe("the test server", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server.close());

  it("sends the app's policy with every file of the app, and none with the bench's bare page", async () => {
    for (const path of ["/", "/data/seeds.json", "/geo/basemap.json"]) {
      const headers = await headersOf(server.url, path);
      expect(headers["content-security-policy"], path).toBe(appHeaders()["content-security-policy"]);
      expect(headers["content-security-policy-report-only"], path).toBe("require-trusted-types-for 'script'");
    }
    expect((await headersOf(server.url, "/__bare/"))["content-security-policy"]).toBeUndefined();
  });
});
