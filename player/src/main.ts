// The viewer page: polls the playback description, shows the stream's state and plays its
// current generation in a Video.js v10 player, switching generations without a reload, with
// a quality menu when the generation has several variants.

import "@videojs/html/video/player";
import "@videojs/html/video/skin";
import "@videojs/html/media/hls-video";

import { fetchPlayback, playerUrl, Reporter, viewerSessionId } from "./api";
import type { Playback, PlaybackResult, Rendition, Viewer } from "./api";
import { createEngine } from "./engine";
import type { Engine, EngineKind, Variant } from "./engine";
import { QualityMenu } from "./quality";

const POLL_MS = 3000;
const IDLE_POLL_MS = 15000;
const HEARTBEAT_MS = 10000;

type PageState =
  | "loading"
  | "offline"
  | "starting"
  | "live"
  | "waiting"
  | "ended"
  | "forbidden"
  | "not-found"
  | "unavailable";

const NOTICES: Record<PageState, string> = {
  loading: "Loading…",
  offline: "This stream is offline.",
  starting: "The broadcast is starting…",
  live: "",
  waiting: "Waiting for the broadcaster…",
  ended: "The broadcast has ended.",
  forbidden: "You are not authorised to watch this stream.",
  "not-found": "There is no such stream.",
  unavailable: "The server cannot be reached. Retrying…",
};

const BADGES: Partial<Record<PageState, string>> = {
  offline: "offline",
  starting: "starting",
  live: "live",
  waiting: "waiting",
  ended: "ended",
};

interface Current {
  generationId: string;
  url: string;
  engine: Engine;
  loadedAt: number;
  started: boolean;
  stallStart: number | null;
}

class Page {
  private state: PageState = "loading";
  private current: Current | null = null;
  private player: HTMLElement | null = null;
  private readonly reporter: Reporter;
  private readonly stage: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly badge: HTMLElement | null;
  private readonly title: HTMLElement | null;
  private readonly engineOverride: EngineKind | null;
  private readonly menu: QualityMenu | null;
  private renditions: readonly Rendition[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly viewer: Viewer,
    engineOverride: string | null,
  ) {
    this.reporter = new Reporter(viewer);
    this.stage = required(root, "#stage");
    this.notice = required(root, "#notice");
    this.badge = root.querySelector<HTMLElement>("#badge");
    this.title = root.querySelector<HTMLElement>("#title");
    this.engineOverride =
      engineOverride === "spf" || engineOverride === "hlsjs" ? engineOverride : null;
    const box = root.querySelector<HTMLElement>("#quality");
    const select = root.querySelector<HTMLSelectElement>("#quality-select");
    this.menu =
      box !== null && select !== null
        ? new QualityMenu(box, select, (index) => this.choose(index))
        : null;
  }

  start(): void {
    void this.poll();
    window.setInterval(() => this.heartbeat(), HEARTBEAT_MS);
  }

  /** What tests and diagnostics read. */
  snapshot(): Record<string, unknown> {
    return {
      state: this.state,
      generation_id: this.current?.generationId ?? null,
      engine: this.current?.engine.kind ?? null,
      url: this.current?.url ?? null,
      vsid: this.viewer.vsid,
      latency_s: this.current?.engine.latency() ?? null,
      events_sent: this.reporter.sent,
      events_failed: this.reporter.failed,
      quality: this.current?.engine.quality() ?? null,
      menu: this.menu?.snapshot() ?? null,
    };
  }

  private async poll(): Promise<void> {
    let result: PlaybackResult;
    try {
      result = await fetchPlayback(this.viewer);
      this.apply(result);
    } catch (err) {
      result = { kind: "unavailable", detail: String(err) };
      this.setState("unavailable");
    }
    const idle = result.kind === "not-found" || result.kind === "forbidden";
    window.setTimeout(() => void this.poll(), idle ? IDLE_POLL_MS : POLL_MS);
  }

  private apply(result: PlaybackResult): void {
    if (result.kind !== "ok") {
      if (result.kind !== "unavailable") this.stop();
      this.setState(result.kind);
      return;
    }
    const playback = result.playback;
    this.setTitle(playback.stream.title);
    this.renditions = playback.renditions;
    const current = this.current;
    if (playback.state === "live" && playback.generation_id !== null && playback.hls_url) {
      if (current === null || current.generationId !== playback.generation_id) {
        this.play(playback);
      }
      // The broadcast goes on but its encoder is gone (it may come back): say so instead of
      // leaving the last frame frozen. The player stays, and plays on when media comes again.
      this.setState(playback.publishing === false ? "waiting" : "live");
    } else if (playback.state === "starting") {
      this.setState("starting");
    } else if (current !== null || this.state === "ended") {
      // The generation we showed is over (stopped, or failed): the player plays out what
      // it has up to EXT-X-ENDLIST; the next generation replaces it.
      this.setState("ended");
    } else {
      this.setState("offline");
    }
  }

  private play(playback: Playback): void {
    const generationId = playback.generation_id as string;
    const url = playerUrl(playback.hls_url as string, this.viewer);
    // Several renditions: hls.js, whose levels the quality menu pins (SPF offers none).
    const several = playback.renditions.length > 1;
    const kind: EngineKind =
      this.engineOverride ?? (playback.low_latency || several ? "hlsjs" : "spf");
    // A fresh media element per generation: each broadcast has its own timeline and init
    // segments, and SPF left on an ended source does not pick up a new src (seen in Chromium).
    this.stop();
    const engine: Engine = createEngine(
      kind,
      {
        error: (message) => this.onError(message),
        levels: (variants) => this.onLevels(engine, variants),
        playing: (index) => {
          if (this.current?.engine === engine) this.menu?.playing(index);
        },
      },
      { lowLatency: playback.low_latency },
    );
    this.mount(engine);
    this.current = {
      generationId,
      url,
      engine,
      loadedAt: performance.now(),
      started: false,
      stallStart: null,
    };
    engine.load(url);
  }

  private mount(engine: Engine): void {
    const player = document.createElement("video-player");
    const skin = document.createElement("video-skin");
    skin.append(engine.element);
    player.append(skin);
    this.stage.prepend(player);
    this.player = player;
    this.watch(engine);
  }

  private watch(engine: Engine): void {
    // The real <video> exists once the element is constructed (SPF: in its shadow root).
    const video = engine.video();
    if (video === null) {
      window.setTimeout(() => this.watch(engine), 50);
      return;
    }
    video.addEventListener("playing", () => this.onPlaying(engine));
    video.addEventListener("waiting", () => {
      const current = this.current;
      if (current?.engine === engine && current.started && current.stallStart === null) {
        current.stallStart = performance.now();
      }
    });
  }

  private onPlaying(engine: Engine): void {
    const current = this.current;
    if (current === null || current.engine !== engine) return;
    const now = performance.now();
    if (!current.started) {
      current.started = true;
      const generationId = current.generationId;
      const ttff = Math.round(now - current.loadedAt);
      this.reporter.send("startup", generationId, { ttff_ms: ttff, engine: engine.kind });
      return;
    }
    if (current.stallStart !== null) {
      const duration = Math.round(now - current.stallStart);
      current.stallStart = null;
      this.reporter.send("stall", current.generationId, { duration_ms: duration });
    }
  }

  private onLevels(engine: Engine, variants: readonly Variant[]): void {
    if (this.current?.engine !== engine) return;
    this.menu?.show(variants, this.renditions, engine.quality()?.pinned ?? -1);
  }

  private choose(index: number): void {
    const engine = this.current?.engine;
    if (engine === undefined) return;
    engine.pin(index);
  }

  private onError(message: string): void {
    const current = this.current;
    this.reporter.send("error", current?.generationId ?? null, { message });
  }

  private heartbeat(): void {
    const current = this.current;
    if (current === null || document.visibilityState === "hidden") return;
    const video = current.engine.video();
    const latency = current.engine.latency();
    const fields: Record<string, unknown> = {
      engine: current.engine.kind,
      playing: video !== null && !video.paused && !video.ended,
      state: this.state,
    };
    if (latency !== null) fields["latency_ms"] = Math.round(latency * 1000);
    this.reporter.send("heartbeat", current.generationId, fields);
  }

  private stop(): void {
    this.current?.engine.destroy();
    this.current = null;
    this.menu?.reset();
    this.player?.remove();
    this.player = null;
  }

  private setTitle(title: string): void {
    if (this.title !== null && this.title.textContent !== title) this.title.textContent = title;
    const pageTitle = `${title} · Sender`;
    if (document.title !== pageTitle) document.title = pageTitle;
  }

  private setState(state: PageState): void {
    this.state = state;
    this.root.dataset["state"] = state;
    this.root.dataset["generation"] = this.current?.generationId ?? "";
    this.root.dataset["engine"] = this.current?.engine.kind ?? "";
    const badge = BADGES[state];
    if (this.badge !== null) {
      this.badge.hidden = badge === undefined;
      this.badge.textContent = badge ?? "";
      this.badge.dataset["state"] = badge ?? "";
    }
    const text = NOTICES[state];
    this.notice.hidden = text === "";
    if (this.notice.textContent !== text) this.notice.textContent = text;
  }
}

function required(root: HTMLElement, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (el === null) throw new Error(`the page has no ${selector}`);
  return el;
}

function main(): void {
  const root = document.getElementById("sender-player");
  const slug = root?.dataset["slug"];
  if (!root || !slug) return;
  const params = new URLSearchParams(location.search);
  const viewer: Viewer = { slug, vsid: viewerSessionId(), token: params.get("token") };
  const page = new Page(root, viewer, params.get("engine"));
  (window as unknown as { senderPlayer: () => Record<string, unknown> }).senderPlayer = () =>
    page.snapshot();
  page.start();
}

main();
