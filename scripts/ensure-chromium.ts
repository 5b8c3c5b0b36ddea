/**
 * Finds the Chromium the browser tests and the bench drive (playwright-core never downloads one
 * here). Order: $CHROME_PATH, /usr/bin/chromium, then chromium, chromium-browser, google-chrome,
 * google-chrome-stable on PATH. Run as a script it installs Debian's `chromium` when none is found
 * and it may (root, apt-get present); otherwise it fails with how to install one. It never skips.
 *
 * Run: `npx tsx scripts/ensure-chromium.ts`
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const NAMES_ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROME_PATH;
  if (explicit !== undefined && explicit !== "") {
    // A path the user set but that does not work is an error, not a reason to pick another one.
    if (!isExecutable(explicit)) throw new Error(`CHROME_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  const dirs = (env.PATH ?? "").split(delimiter).filter((dir) => dir !== "");
  for (const name of NAMES_ON_PATH) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export const HOW_TO_INSTALL =
  "No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) " +
  "or set CHROME_PATH to a Chromium or Chrome executable.";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function canInstallWithApt(): boolean {
  return process.platform === "linux" && process.getuid?.() === 0 && findOnPath("apt-get") !== undefined;
}

function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

function installWithApt(): void {
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    console.log(`ensure-chromium: apt-get ${args.join(" ")}`);
    const run = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (${run.status ?? run.signal})`);
  }
}

function version(path: string): string {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "version unknown";
  }
}

function main(): void {
  let chromium = findChromium();
  if (chromium === undefined && canInstallWithApt()) {
    installWithApt();
    chromium = findChromium();
  }
  if (chromium === undefined) {
    console.error(`ensure-chromium: ${HOW_TO_INSTALL}`);
    process.exit(1);
  }
  console.log(`ensure-chromium: ${chromium} (${version(chromium)})`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`ensure-chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
