// Drives Debian's Chromium with playwright-core and reports, as JSON, what a viewer would see.
//
//   node tests/browser/probe.mjs play URL [--seconds 6] [--screenshot PATH] [--timeout 45] [--mobile]
//       open URL, wait for playback, measure how far media time advances against wall time
//   node tests/browser/probe.mjs latency HLS_URL [--seconds 20] [--timeout 45]
//       play HLS_URL with hls.js in lowLatencyMode from a local test page and sample
//       Date.now() - hls.playingDate every 500 ms: median and 95th percentile, in ms
//   node tests/browser/probe.mjs shaka HLS_URL [--seconds 30] [--timeout 45] [--attempts 1]
//       play HLS_URL with Shaka Player in low-latency mode (it fetches preload hints) and
//       report its stalls (the longest and all of them, in ms), errors, and the part
//       and playlist requests it made; a page that does not start playing within
//       --timeout is reported (failed_attempts) and loaded again, up to --attempts times
//   node tests/browser/probe.mjs serve
//       a session driven by JSON lines on stdin (one reply line each on stdout):
//       {"cmd":"open","url":...} {"cmd":"wait_playing","timeout":s} {"cmd":"measure","seconds":s}
//       {"cmd":"wait_state","state":...,"timeout":s} {"cmd":"wait_generation","not":id,"timeout":s}
//       {"cmd":"snapshot"} {"cmd":"screenshot","path":...} {"cmd":"eval","expr":...}
//       {"cmd":"select","selector":...,"value":...} (as a viewer picks an option)
//       {"cmd":"press","selector":...,"key":...} (focus the element, press a key)
//       {"cmd":"network","download_kbps":n,"upload_kbps":n,"latency_ms":n} (CDP
//       Network.emulateNetworkConditions; no rates: throttling lifted)
//       {"cmd":"report"} {"cmd":"close"}; "launch" ({"mobile":true} for a phone) comes first;
//       the process exits after "close" (or at EOF on stdin)
//
// Chromium: CHROMIUM env or /usr/bin/chromium. playwright-core comes from player/node_modules.

import { createRequire } from "node:module";
import { mkdtemp, mkdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const playerDir = path.resolve(here, "..", "..", "player");
const require = createRequire(path.join(playerDir, "package.json"));
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function parseArgs(argv) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const key = a.slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) opts[key] = true;
      else {
        opts[key] = next;
        i++;
      }
    } else opts._.push(a);
  }
  return opts;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Browser {
  constructor() {
    this.clearReport();
  }

  async launch({ mobile = false } = {}) {
    this.userDataDir = await mkdtemp(path.join(tmpdir(), "sender-chromium-"));
    this.context = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: mobile ? { width: 390, height: 844 } : { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      isMobile: Boolean(mobile),
      hasTouch: Boolean(mobile),
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.on("console", (msg) => {
      if (msg.type() === "error" || msg.type() === "warning") {
        this.console.push({ type: msg.type(), text: msg.text().slice(0, 500) });
      }
    });
    this.page.on("pageerror", (err) => this.pageErrors.push(String(err).slice(0, 500)));
    this.page.on("requestfailed", (req) => {
      const failure = req.failure()?.errorText ?? "";
      // A blocking playlist request cut short by a reload or a src switch is not an error.
      if (failure !== "net::ERR_ABORTED") this.failedRequests.push({ url: req.url(), failure });
    });
    this.page.on("request", (req) => {
      if (req.method() === "POST" && new URL(req.url()).pathname === "/api/v1/player/events") {
        try {
          this.events.push(JSON.parse(req.postData() ?? "null"));
        } catch {
          this.events.push({ unparsable: req.postData() });
        }
      }
    });
    this.page.on("response", (res) => {
      if (res.status() >= 400) this.badResponses.push({ url: res.url(), status: res.status() });
    });
  }

  async close() {
    await this.context?.close().catch(() => undefined);
    if (this.userDataDir) await rm(this.userDataDir, { recursive: true, force: true });
  }

  clearReport() {
    this.console = [];
    this.pageErrors = [];
    this.badResponses = [];
    this.failedRequests = [];
    this.events = [];
  }

  report() {
    return {
      console: this.console,
      page_errors: this.pageErrors,
      bad_responses: this.badResponses,
      failed_requests: this.failedRequests,
      events: this.events,
    };
  }

  async open(url) {
    const response = await this.page.goto(url, { waitUntil: "domcontentloaded" });
    return { status: response?.status() ?? null };
  }

  // The real <video> elements, wherever they are (Video.js puts one in a shadow root).
  async media() {
    return this.page.evaluate(() => {
      const found = new Set();
      const walk = (root) => {
        for (const el of root.querySelectorAll("*")) {
          if (el.localName === "video") found.add(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const videos = [...found].map((v) => ({
        current_time: v.currentTime,
        ready_state: v.readyState,
        paused: v.paused,
        ended: v.ended,
        width: v.videoWidth,
        height: v.videoHeight,
        error: v.error ? `${v.error.code}: ${v.error.message}` : null,
        in_shadow: v.getRootNode() !== document,
      }));
      videos.sort((a, b) => b.ready_state - a.ready_state || b.current_time - a.current_time);
      return { count: videos.length, video: videos[0] ?? null };
    });
  }

  async snapshot() {
    const page = await this.page.evaluate(() => {
      const root = document.getElementById("sender-player");
      const text = (sel) => document.querySelector(sel)?.textContent ?? null;
      const notice = document.getElementById("notice");
      const badge = document.getElementById("badge");
      const player =
        typeof window.senderPlayer === "function" ? window.senderPlayer() : null;
      return {
        title: document.title,
        time_origin: performance.timeOrigin,
        heading: text("#title"),
        state: root?.dataset.state ?? null,
        badge: badge && !badge.hidden ? badge.textContent : null,
        notice: notice && !notice.hidden ? notice.textContent : null,
        player,
      };
    });
    return { ...page, media: await this.media() };
  }

  async waitPlaying(timeoutS) {
    const deadline = Date.now() + timeoutS * 1000;
    for (;;) {
      const { video } = await this.media();
      if (video && video.ready_state >= 3 && video.current_time > 0 && !video.paused) {
        return { playing: true, waited_ms: timeoutS * 1000 - (deadline - Date.now()) };
      }
      if (Date.now() > deadline) return { playing: false, video };
      await sleep(200);
    }
  }

  async measure(seconds) {
    const samples = [];
    const start = Date.now();
    const first = (await this.media()).video;
    while (Date.now() - start < seconds * 1000) {
      await sleep(500);
      const { video } = await this.media();
      samples.push({ t_ms: Date.now() - start, current_time: video?.current_time ?? null });
    }
    const wall = (Date.now() - start) / 1000;
    const last = (await this.media()).video;
    const advanced = first && last ? last.current_time - first.current_time : 0;
    return {
      wall_s: round(wall),
      media_advanced_s: round(advanced),
      ratio: round(advanced / wall),
      video: last,
      samples,
    };
  }

  async waitFor(predicate, timeoutS) {
    const deadline = Date.now() + timeoutS * 1000;
    for (;;) {
      const snap = await this.snapshot();
      if (predicate(snap)) return { ok: true, snapshot: snap };
      if (Date.now() > deadline) return { ok: false, snapshot: snap };
      await sleep(250);
    }
  }

  // Chromium's own throttling (DevTools' network conditions), on every request of the page.
  async network({ download_kbps = null, upload_kbps = null, latency_ms = 0 }) {
    if (!this.cdp) {
      this.cdp = await this.context.newCDPSession(this.page);
      await this.cdp.send("Network.enable");
    }
    // Bytes per second; -1 is "no limit".
    const rate = (kbps) => (kbps === null ? -1 : Math.round((kbps * 1000) / 8));
    await this.cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: latency_ms,
      downloadThroughput: rate(download_kbps),
      uploadThroughput: rate(upload_kbps),
    });
    return { download_kbps, upload_kbps, latency_ms };
  }

  async screenshot(file) {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await this.page.screenshot({ path: file });
    return { screenshot: path.resolve(file) };
  }
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

async function play(opts) {
  const url = opts._[1];
  const seconds = Number(opts.seconds ?? 6);
  const timeout = Number(opts.timeout ?? 45);
  const browser = new Browser();
  try {
    await browser.launch({ mobile: Boolean(opts.mobile) });
    const opened = await browser.open(url);
    const waited = await browser.waitPlaying(timeout);
    const measured = waited.playing ? await browser.measure(seconds) : null;
    const shot = opts.screenshot ? await browser.screenshot(opts.screenshot) : {};
    return {
      url,
      http_status: opened.status,
      ...waited,
      measure: measured,
      ...shot,
      snapshot: await browser.snapshot(),
      ...browser.report(),
    };
  } finally {
    await browser.close();
  }
}

const LATENCY_PAGE = `<!doctype html><meta charset="utf-8"><title>latency</title><link rel="icon" href="data:,">
<video id="v" muted autoplay playsinline style="width:640px"></video>
<script src="/hls.js"></script>
<script>
  const src = new URLSearchParams(location.search).get("src");
  const video = document.getElementById("v");
  window.samples = [];
  window.errors = [];
  const hls = new Hls({ lowLatencyMode: true, enableWorker: false });
  hls.on(Hls.Events.ERROR, (_e, d) => { if (d.fatal) window.errors.push(d.type + ": " + d.details); });
  hls.attachMedia(video);
  hls.loadSource(src);
  window.hls = hls;
  video.play().catch(() => {});
  setInterval(() => {
    if (hls.playingDate && !video.paused) window.samples.push(Date.now() - hls.playingDate.getTime());
  }, 500);
</script>`;

async function latency(opts) {
  const hlsUrl = opts._[1];
  const seconds = Number(opts.seconds ?? 20);
  const timeout = Number(opts.timeout ?? 45);
  const hlsJs = await readFile(path.join(playerDir, "node_modules", "hls.js", "dist", "hls.min.js"));
  const server = createServer((req, res) => {
    if (req.url === "/hls.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      res.end(hlsJs);
    } else if (req.url?.startsWith("/?")) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(LATENCY_PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  const browser = new Browser();
  try {
    await browser.launch();
    await browser.open(`http://127.0.0.1:${port}/?src=${encodeURIComponent(hlsUrl)}`);
    const waited = await browser.waitPlaying(timeout);
    let samples = [];
    if (waited.playing) {
      await browser.page.evaluate(() => (window.samples = []));
      await sleep(seconds * 1000);
      samples = await browser.page.evaluate(() => window.samples);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const hlsState = await browser.page.evaluate(() => ({
      errors: window.errors,
      low_latency_mode: window.hls.lowLatencyMode,
      target_latency_s: window.hls.targetLatency,
      part_target_s: window.hls.latestLevelDetails?.partTarget ?? null,
      can_block_reload: window.hls.latestLevelDetails?.canBlockReload ?? null,
    }));
    return {
      hls_url: hlsUrl,
      ...waited,
      samples: samples.length,
      median_ms: percentile(sorted, 50),
      p95_ms: percentile(sorted, 95),
      min_ms: sorted[0] ?? null,
      max_ms: sorted[sorted.length - 1] ?? null,
      hls: hlsState,
      ...browser.report(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const SHAKA_PAGE = `<!doctype html><meta charset="utf-8"><title>shaka</title><link rel="icon" href="data:,">
<video id="v" muted autoplay playsinline style="width:640px"></video>
<script src="/shaka.js"></script>
<script>
  const src = new URLSearchParams(location.search).get("src");
  const video = document.getElementById("v");
  window.errors = [];
  window.requests = [];
  window.timeline = [];  // [ms, "request" | status | "play", uri or error], for a failure's report
  window.stalls = [];
  let stalledAt = null;
  video.addEventListener("waiting", () => { if (stalledAt === null) stalledAt = performance.now(); });
  video.addEventListener("playing", () => {
    if (stalledAt !== null) { window.stalls.push(performance.now() - stalledAt); stalledAt = null; }
  });
  window.stalledFor = () => (stalledAt === null ? 0 : performance.now() - stalledAt);
  (async () => {
    shaka.polyfill.installAll();
    const player = new shaka.Player();
    await player.attach(video);
    player.configure({ streaming: { lowLatencyMode: true } });
    player.addEventListener("error", (e) => window.errors.push(String(e.detail && e.detail.code)));
    player.getNetworkingEngine().registerRequestFilter((type, request) => {
      window.requests.push(request.uris[0]);
      window.timeline.push([Math.round(performance.now()), "request", request.uris[0]]);
    });
    player.getNetworkingEngine().registerResponseFilter((type, response) => {
      window.timeline.push([Math.round(performance.now()), response.status, response.uri]);
    });
    window.player = player;
    window.loaded = false;
    try {
      await player.load(src);
      window.loaded = true;
    } catch (e) { window.errors.push(String(e.code || e)); }
    video.play().catch((e) => window.timeline.push([Math.round(performance.now()), "play", String(e)]));
  })();
</script>`;

async function shakaPlay(opts) {
  const hlsUrl = opts._[1];
  const seconds = Number(opts.seconds ?? 30);
  const timeout = Number(opts.timeout ?? 45);
  const attempts = Number(opts.attempts ?? 1);
  const shakaJs = await readFile(
    path.join(playerDir, "node_modules", "shaka-player", "dist", "shaka-player.compiled.js"),
  );
  const server = createServer((req, res) => {
    if (req.url === "/shaka.js") {
      res.writeHead(200, { "Content-Type": "text/javascript" });
      res.end(shakaJs);
    } else if (req.url?.startsWith("/?")) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(SHAKA_PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  const browser = new Browser();
  try {
    await browser.launch();
    // A page that never starts playing is reported whole and loaded once more (up to
    // `attempts`), as a viewer would reload it; the caller decides what that means.
    const failedAttempts = [];
    let waited = null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      await browser.open(`http://127.0.0.1:${port}/?src=${encodeURIComponent(hlsUrl)}`);
      waited = await browser.waitPlaying(timeout);
      if (waited.playing) break;
      failedAttempts.push({ ...waited, ...(await shakaState(browser.page)), ...browser.report() });
      browser.clearReport();
    }
    let measured = null;
    if (waited.playing) {
      await browser.page.evaluate(() => {
        window.stalls = [];
        window.requests = [];
      });
      measured = await browser.measure(seconds);
    }
    const state = await shakaState(browser.page);
    const parts = state.requests.filter((u) => /\/part-\d+\.\d+\.m4s/.test(u));
    const playlists = state.requests.filter((u) => /index\.m3u8/.test(u));
    return {
      hls_url: hlsUrl,
      ...waited,
      measure: measured,
      errors: state.errors,
      stalls_ms: state.stalls_ms,
      longest_stall_ms: state.stalls_ms.length ? Math.max(...state.stalls_ms) : 0,
      part_requests: parts.length,
      playlist_requests: playlists.length,
      requests: state.requests.slice(0, 40),
      loaded: state.loaded,
      timeline: state.timeline,
      buffered: state.buffered,
      shaka_state: state.shaka_state,
      low_latency: state.low_latency,
      live: state.live,
      failed_attempts: failedAttempts,
      ...browser.report(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// What the Shaka page knows of itself: errors, requests and answers, Shaka's own state.
async function shakaState(page) {
  return page.evaluate(() => ({
    errors: window.errors,
    stalls_ms: window.stalls.concat(window.stalledFor() > 0 ? [window.stalledFor()] : []),
    requests: window.requests,
    low_latency: window.player ? window.player.getConfiguration().streaming.lowLatencyMode : null,
    live: window.player ? window.player.isLive() : null,
    loaded: window.loaded ?? null,
    timeline: window.timeline.slice(0, 60),
    buffered: window.player ? window.player.getBufferedInfo() : null,
    shaka_state: window.player
      ? {
          load_mode: window.player.getLoadMode(),
          buffering: window.player.isBuffering(),
          seek_range: window.player.seekRange(),
          variants: window.player.getVariantTracks().length,
        }
      : null,
  }));
}

async function serve() {
  const browser = new Browser();
  const out = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let msg;
    try {
      msg = JSON.parse(line);
      switch (msg.cmd) {
        case "launch":
          await browser.launch({ mobile: Boolean(msg.mobile) });
          out({ ok: true });
          break;
        case "open":
          out({ ok: true, ...(await browser.open(msg.url)) });
          break;
        case "wait_playing":
          out({ ok: true, ...(await browser.waitPlaying(msg.timeout ?? 45)) });
          break;
        case "measure":
          out({ ok: true, ...(await browser.measure(msg.seconds ?? 6)) });
          break;
        case "wait_state":
          out(await browser.waitFor((s) => s.state === msg.state, msg.timeout ?? 30));
          break;
        case "wait_generation":
          out(
            await browser.waitFor(
              (s) => Boolean(s.player?.generation_id) && s.player.generation_id !== msg.not,
              msg.timeout ?? 30,
            ),
          );
          break;
        case "eval":
          out({ ok: true, value: await browser.page.evaluate(msg.expr) });
          break;
        case "select":
          out({ ok: true, selected: await browser.page.selectOption(msg.selector, msg.value) });
          break;
        case "press":
          await browser.page.focus(msg.selector);
          await browser.page.keyboard.press(msg.key);
          out({ ok: true });
          break;
        case "network":
          out({ ok: true, ...(await browser.network(msg)) });
          break;
        case "snapshot":
          out({ ok: true, ...(await browser.snapshot()) });
          break;
        case "screenshot":
          out({ ok: true, ...(await browser.screenshot(msg.path)) });
          break;
        case "report":
          out({ ok: true, ...browser.report() });
          break;
        case "close":
          await browser.close();
          out({ ok: true });
          // Done: let go of stdin too, or the open pipe keeps node running until its EOF.
          lines.close();
          process.stdin.destroy();
          return;
        default:
          out({ ok: false, error: `unknown command ${msg.cmd}` });
      }
    } catch (err) {
      out({ ok: false, error: String(err?.stack ?? err) });
    }
  }
  await browser.close();
}

const opts = parseArgs(process.argv.slice(2));
const mode = opts._[0];
try {
  if (mode === "play") console.log(JSON.stringify(await play(opts), null, 2));
  else if (mode === "latency") console.log(JSON.stringify(await latency(opts), null, 2));
  else if (mode === "shaka") console.log(JSON.stringify(await shakaPlay(opts), null, 2));
  else if (mode === "serve") await serve();
  else {
    console.error("usage: probe.mjs play URL | latency HLS_URL | shaka HLS_URL | serve");
    process.exit(2);
  }
} catch (err) {
  console.error(String(err?.stack ?? err));
  process.exit(1);
}
