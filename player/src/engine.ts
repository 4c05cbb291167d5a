// The media element inside the Video.js skin, and what drives it.
//
// Video.js 10.0.0-rc.2 offers <hls-video>, backed by its own engine (SPF). SPF does not play
// LL-HLS: it ignores partial segments and sits HOLD-BACK behind the live edge (it says so
// on the console: "Low-Latency HLS is unsupported"). It has no knob for that and no hls.js
// config, and the hls.js-backed <hlsjs-video> needs @videojs/hlsjs-video, which is not
// published for rc.2. So a low-latency stream plays through a plain <video> (which the
// Video.js player discovers like any media element) driven by hls.js in lowLatencyMode,
// loaded on demand; a standard-latency stream plays through <hls-video>. A stream with several
// renditions plays through hls.js too, whatever its latency mode: SPF exposes no levels to pin,
// and the quality menu pins hls.js levels (Auto is hls.js's own ABR).

import type HlsType from "hls.js";

// hls.js is served as its own file next to the bundle (build.mjs copies it), fetched only
// by pages that need it; the name carries its version, so it is cached as immutable.
declare const HLS_MODULE: string;
type HlsModule = typeof import("hls.js");

export type EngineKind = "spf" | "hlsjs";

export interface EngineEvents {
  /** A fatal playback error the engine could not recover from. */
  error(message: string): void;
  /** The variants the engine chooses between, once known and whenever they change. */
  levels(levels: readonly Variant[]): void;
  /** The variant now on screen (an index into the last `levels`). */
  playing(index: number): void;
}

/** One variant of the multivariant playlist, as the engine sees it. */
export interface Variant {
  index: number;
  width: number | null;
  height: number | null;
  /** Peak bit rate (BANDWIDTH), bits per second. */
  bitrate: number;
  /** The rendition's name, from its media playlist's path (`<name>/index.m3u8`). */
  rendition: string | null;
}

/** Where the engine's variant selection stands (hls.js only), for the page and its tests. */
export interface QualityState {
  auto: boolean;
  /** The variant on screen, -1 before the first. */
  playing: number;
  /** The variant whose segments are loading now. */
  loading: number;
  /** The level pinned (-1: none, ABR chooses). */
  pinned: number;
  /** hls.js's bandwidth estimate, bits per second. */
  estimate_bps: number | null;
  variants: Variant[];
}

export interface Engine {
  readonly kind: EngineKind;
  /** The element placed in the skin. */
  readonly element: HTMLElement;
  /** The real <video> element (inside <hls-video>'s shadow root for SPF). */
  video(): HTMLVideoElement | null;
  load(url: string): void;
  /** Seconds between the live edge's wall clock and the frame on screen, when known. */
  latency(): number | null;
  /** Pin a variant (an index of `levels`), or -1 to let the engine's ABR choose. */
  pin(index: number): void;
  /** The variant selection, null for an engine that exposes none (SPF). */
  quality(): QualityState | null;
  destroy(): void;
}

export interface EngineOptions {
  /** hls.js's lowLatencyMode: play parts and stay PART-HOLD-BACK behind the live edge. */
  lowLatency: boolean;
}

export function createEngine(kind: EngineKind, events: EngineEvents, options: EngineOptions): Engine {
  return kind === "spf" ? new SpfEngine(events) : new HlsJsEngine(events, options);
}

/** The rendition a media playlist URL names: `.../<name>/index.m3u8` gives `<name>`. */
export function renditionOf(url: string): string | null {
  let parts: string[];
  try {
    parts = new URL(url, location.href).pathname.split("/");
  } catch {
    return null;
  }
  return parts.length >= 2 ? decodeURIComponent(parts[parts.length - 2] ?? "") || null : null;
}

function mediaAttributes(el: HTMLElement): void {
  el.setAttribute("autoplay", "");
  el.setAttribute("muted", "");
  el.setAttribute("playsinline", "");
  el.setAttribute("crossorigin", "anonymous");
}

interface HlsVideoElement extends HTMLElement {
  src: string;
  error: { code: string | number; message: string } | null;
  play(): Promise<void>;
}

class SpfEngine implements Engine {
  readonly kind = "spf";
  readonly element: HlsVideoElement;

  constructor(events: EngineEvents) {
    this.element = document.createElement("hls-video") as HlsVideoElement;
    mediaAttributes(this.element);
    this.element.addEventListener("error", () => {
      const err = this.element.error;
      events.error(err ? `${err.code}: ${err.message}`.trim() : "playback error");
    });
  }

  video(): HTMLVideoElement | null {
    return this.element.shadowRoot?.querySelector("video") ?? null;
  }

  load(url: string): void {
    this.element.setAttribute("src", url);
    this.element.play().catch(() => undefined);
  }

  latency(): number | null {
    return null;
  }

  pin(): void {
    // SPF chooses its variant itself and offers no way to pin one.
  }

  quality(): null {
    return null;
  }

  destroy(): void {
    this.element.removeAttribute("src");
    this.element.remove();
  }
}

class HlsJsEngine implements Engine {
  readonly kind = "hlsjs";
  readonly element: HTMLVideoElement;
  private hls: HlsType | null = null;
  private destroyed = false;

  constructor(
    private readonly events: EngineEvents,
    private readonly options: EngineOptions,
  ) {
    this.element = document.createElement("video");
    mediaAttributes(this.element);
    this.element.muted = true;
    this.element.addEventListener("error", () => {
      if (this.hls === null && this.element.error) {
        events.error(`media error ${this.element.error.code}: ${this.element.error.message}`);
      }
    });
  }

  video(): HTMLVideoElement {
    return this.element;
  }

  load(url: string): void {
    void this.loadAsync(url);
  }

  private async loadAsync(url: string): Promise<void> {
    const { default: Hls } = (await import(new URL(HLS_MODULE, import.meta.url).href)) as HlsModule;
    if (this.destroyed) return;
    this.hls?.destroy();
    this.hls = null;
    if (!Hls.isSupported()) {
      // Safari and iOS play LL-HLS natively.
      this.element.src = url;
      this.element.play().catch(() => undefined);
      return;
    }
    const hls = new Hls({
      lowLatencyMode: this.options.lowLatency,
      // fMP4 needs no transmuxing, so no worker (and no blob: worker in the page's CSP).
      enableWorker: false,
      backBufferLength: 30,
    });
    this.hls = hls;
    let recoveries = 0;
    hls.on(Hls.Events.ERROR, (_event: unknown, data: { fatal: boolean; type: string; details: string }) => {
      if (!data.fatal) return;
      if (recoveries < 3 && data.type === Hls.ErrorTypes.MEDIA_ERROR) {
        recoveries += 1;
        hls.recoverMediaError();
        return;
      }
      if (recoveries < 3 && data.type === Hls.ErrorTypes.NETWORK_ERROR) {
        recoveries += 1;
        hls.startLoad();
        return;
      }
      this.events.error(`${data.type}: ${data.details}`);
    });
    const announce = (): void => this.events.levels(variants(hls));
    hls.on(Hls.Events.MANIFEST_PARSED, announce);
    // hls.js drops a variant that keeps failing, and content steering swaps the pathway's.
    hls.on(Hls.Events.LEVELS_UPDATED, announce);
    // LEVEL_SWITCHED fires when the fragment on screen comes from another level, not when
    // the loader decides to switch (LEVEL_SWITCHING): it is what the viewer sees.
    hls.on(Hls.Events.LEVEL_SWITCHED, (_event: unknown, data: { level: number }) =>
      this.events.playing(data.level),
    );
    hls.attachMedia(this.element);
    hls.loadSource(url);
    this.element.play().catch(() => undefined);
  }

  latency(): number | null {
    const hls = this.hls;
    if (hls === null) return null;
    const playing = hls.playingDate;
    if (playing === null) return null;
    return (Date.now() - playing.getTime()) / 1000;
  }

  pin(index: number): void {
    const hls = this.hls;
    if (hls === null || index >= hls.levels.length) return;
    // nextLevel, not currentLevel: the switch happens at the next fragment boundary, so what
    // is buffered plays on instead of being flushed (a stall on a live stream's short buffer).
    // -1 hands the choice back to the ABR controller.
    hls.nextLevel = index < 0 ? -1 : index;
  }

  quality(): QualityState | null {
    const hls = this.hls;
    if (hls === null) return null;
    const estimate = hls.bandwidthEstimate;
    return {
      auto: hls.autoLevelEnabled,
      playing: hls.currentLevel,
      loading: hls.loadLevel,
      pinned: hls.manualLevel,
      estimate_bps: Number.isFinite(estimate) ? Math.round(estimate) : null,
      variants: variants(hls),
    };
  }

  destroy(): void {
    this.destroyed = true;
    this.hls?.destroy();
    this.hls = null;
    this.element.removeAttribute("src");
    this.element.remove();
  }
}

function variants(hls: HlsType): Variant[] {
  return hls.levels.map((level, index) => ({
    index,
    width: level.width || null,
    height: level.height || null,
    bitrate: level.bitrate,
    rendition: renditionOf(level.uri),
  }));
}
