// The quality menu: "Auto" (the engine's ABR, the default) and one entry per variant, highest
// first, in a native <select> (keyboard and screen readers get a real control for free). While
// on Auto the entry says which variant is on screen: "Auto · 360p".

import type { Rendition } from "./api";
import type { Variant } from "./engine";

/** The name of the rendition that copies the encoder's own stream (sender.domain.renditions). */
export const SOURCE = "source";
const AUTO = "auto";

export interface Choice {
  /** A variant index, or -1 for Auto. */
  index: number;
  label: string;
}

/**
 * The menu's entries for `variants`: labelled by height ("720p"), the source copy marked as
 * such, highest bit rate first after Auto. Two variants of the same height are told apart by
 * their bit rate; a variant without a RESOLUTION takes the playback API's height for its
 * rendition, else its bit rate.
 */
export function choices(variants: readonly Variant[], renditions: readonly Rendition[]): Choice[] {
  const heightOf = (v: Variant): number | null =>
    v.height ?? renditions.find((r) => r.name === v.rendition)?.height ?? null;
  const base = variants.map((v) => {
    const height = heightOf(v);
    return height !== null ? `${height}p` : kbps(v.bitrate);
  });
  const entries = variants.map((v, i) => {
    let label = base[i] ?? kbps(v.bitrate);
    const twins = base.filter((b) => b === label).length;
    if (twins > 1 && !label.endsWith("kbit/s")) label += ` · ${kbps(v.bitrate)}`;
    if (v.rendition === SOURCE) label += " (source)";
    return { index: v.index, label, bitrate: v.bitrate };
  });
  entries.sort((a, b) => b.bitrate - a.bitrate || a.index - b.index);
  return [{ index: -1, label: "Auto" }, ...entries.map(({ index, label }) => ({ index, label }))];
}

function kbps(bps: number): string {
  return `${Math.round(bps / 1000)} kbit/s`;
}

export class QualityMenu {
  private entries: Choice[] = [];
  private playingIndex = -1;

  /** `choose` is called with a variant index, or -1 for Auto, when the viewer picks one. */
  constructor(
    private readonly box: HTMLElement,
    private readonly select: HTMLSelectElement,
    choose: (index: number) => void,
  ) {
    select.addEventListener("change", () => {
      const value = select.value;
      choose(value === AUTO ? -1 : Number(value));
      this.relabel();
    });
  }

  /** Offer `variants`, with `pinned` selected (-1: Auto); hidden unless there is a choice. */
  show(variants: readonly Variant[], renditions: readonly Rendition[], pinned: number): void {
    this.entries = choices(variants, renditions);
    const options = this.entries.map((c) => {
      const option = document.createElement("option");
      option.value = c.index < 0 ? AUTO : String(c.index);
      option.textContent = c.label;
      return option;
    });
    this.select.replaceChildren(...options);
    const known = this.entries.some((c) => c.index === pinned);
    this.select.value = pinned >= 0 && known ? String(pinned) : AUTO;
    this.box.hidden = variants.length < 2;
    this.relabel();
  }

  /** The variant on screen changed. */
  playing(index: number): void {
    this.playingIndex = index;
    this.relabel();
  }

  /** No player, or one without variants: no menu. */
  reset(): void {
    this.entries = [];
    this.playingIndex = -1;
    this.select.replaceChildren();
    this.box.hidden = true;
  }

  /** What a viewer sees, for tests and diagnostics. */
  snapshot(): Record<string, unknown> {
    return {
      hidden: this.box.hidden,
      value: this.select.value,
      options: Array.from(this.select.options, (o) => ({ value: o.value, label: o.text })),
    };
  }

  private relabel(): void {
    const auto = this.select.querySelector<HTMLOptionElement>(`option[value="${AUTO}"]`);
    if (auto === null) return;
    const on = this.entries.find((c) => c.index === this.playingIndex && c.index >= 0);
    // Only while on Auto: a pinned variant is what the select already shows.
    const text = on !== undefined && this.select.value === AUTO ? `Auto · ${on.label}` : "Auto";
    if (auto.textContent !== text) auto.textContent = text;
    this.box.dataset["playing"] = on?.label ?? "";
  }
}
