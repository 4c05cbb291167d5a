// The two HTTP conversations of the page: reading the playback description and reporting
// viewer events. Both are tolerant: a failed report never disturbs playback.

export interface Rendition {
  name: string;
  width: number | null;
  height: number | null;
  bandwidth: number | null;
  codecs: string | null;
}

export interface Playback {
  stream: { slug: string; title: string; visibility: string };
  generation_id: string | null;
  state: string;
  hls_url: string | null;
  low_latency: boolean;
  renditions: Rendition[];
  /** An encoder is publishing now; absent from servers that do not say (taken as true). */
  publishing?: boolean;
}

export type PlaybackResult =
  | { kind: "ok"; playback: Playback }
  | { kind: "forbidden" }
  | { kind: "not-found" }
  | { kind: "unavailable"; detail: string };

export type EventType = "startup" | "heartbeat" | "error" | "stall";

/** Query parameters the page carries from its own URL onto API calls and the HLS URL. */
export interface Viewer {
  slug: string;
  vsid: string;
  token: string | null;
}

export async function fetchPlayback(viewer: Viewer): Promise<PlaybackResult> {
  const url = new URL(`/api/v1/playback/${encodeURIComponent(viewer.slug)}`, location.href);
  if (viewer.token !== null) url.searchParams.set("token", viewer.token);
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", headers: { Accept: "application/json" } });
  } catch (err) {
    return { kind: "unavailable", detail: String(err) };
  }
  if (response.status === 403 || response.status === 401) return { kind: "forbidden" };
  if (response.status === 404) return { kind: "not-found" };
  if (!response.ok) return { kind: "unavailable", detail: `HTTP ${response.status}` };
  try {
    return { kind: "ok", playback: (await response.json()) as Playback };
  } catch (err) {
    return { kind: "unavailable", detail: String(err) };
  }
}

/** The playlist URL the player loads: the API's, plus this viewer's vsid and token. */
export function playerUrl(hlsUrl: string, viewer: Viewer): string {
  const url = new URL(hlsUrl, location.href);
  url.searchParams.set("vsid", viewer.vsid);
  if (viewer.token !== null) url.searchParams.set("token", viewer.token);
  return url.toString();
}

export function viewerSessionId(): string {
  const key = "sender.vsid";
  try {
    const existing = sessionStorage.getItem(key);
    if (existing !== null && /^[0-9a-f]{32}$/.test(existing)) return existing;
    const fresh = randomId();
    sessionStorage.setItem(key, fresh);
    return fresh;
  } catch {
    // Storage can be disabled (sandboxed iframes, privacy settings): one id per page load.
    return randomId();
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Reporter {
  sent = 0;
  failed = 0;

  constructor(private readonly viewer: Viewer) {}

  send(type: EventType, generationId: string | null, fields: Record<string, unknown> = {}): void {
    const body: Record<string, unknown> = {
      ...fields,
      stream: this.viewer.slug,
      vsid: this.viewer.vsid,
      type,
      generation_id: generationId,
    };
    if (this.viewer.token !== null) body["token"] = this.viewer.token;
    this.sent += 1;
    // keepalive lets the last report of a closing tab still leave; any answer (404 while the
    // endpoint does not exist, 5xx) is ignored on purpose.
    fetch(new URL("/api/v1/player/events", location.href), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      keepalive: true,
      cache: "no-store",
    }).then(
      (r) => {
        if (!r.ok) this.failed += 1;
      },
      () => {
        this.failed += 1;
      },
    );
  }
}
