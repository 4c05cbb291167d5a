// Bundles the page into src/sender/web/static/ (or the directory given as the first argument):
// player.js (the page, Video.js included), player.css, and hls.js as its own file, loaded
// only by low-latency pages. Deterministic: the same sources and lockfile give the same
// bytes, which `scripts/player-build.sh --check` verifies.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, "..", "src", "sender", "web", "static"));
const hlsVersion = JSON.parse(await readFile(path.join(here, "node_modules", "hls.js", "package.json"), "utf8")).version;
const hlsFile = `hls.light-${hlsVersion}.min.mjs`;

await mkdir(outdir, { recursive: true });
// Only what this build writes (an older hls.js file too): the directory also holds
// hand-written assets (the admin dashboard's), which are not the build's business.
for (const name of await readdir(outdir)) {
  if (/^(player\.(js|css)|hls\.light-.+\.min\.mjs)$/.test(name)) await rm(path.join(outdir, name));
}
await build({
  absWorkingDir: here,
  entryPoints: { player: "src/main.ts" },
  outdir,
  bundle: true,
  splitting: false,
  format: "esm",
  target: "es2022",
  platform: "browser",
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  conditions: ["production"],
  define: {
    "process.env.NODE_ENV": '"production"',
    HLS_MODULE: JSON.stringify(`./${hlsFile}`),
  },
  logLevel: "warning",
});
// The source map is not shipped, so its reference goes.
const hls = await readFile(path.join(here, "node_modules", "hls.js", "dist", "hls.light.min.mjs"), "utf8");
await writeFile(path.join(outdir, hlsFile), hls.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
await copyFile(path.join(here, "src", "page.css"), path.join(outdir, "player.css"));
