// The shape of one run, as run.ts collects it and report.ts renders it (also saved raw in bench/out/).
import type { LoadKind } from "./config";
import type { PageHeaders } from "./fetch-page";
import type { FirstLoad } from "./first-load-js";
import type { PageAudit } from "./lighthouse-audit";
import type { LoadResult, LoadSettings } from "./load-test";
import type { Machine } from "./machine";
import type { MetadataPlacement } from "./page-head";
import type { RouteMark } from "./route-marks";

export type MeasuredRoute = FirstLoad & { mark: RouteMark | null; headers: PageHeaders; metadata: MetadataPlacement; ms: number };
/**
 * One URL under load; `target: false` rows are context, with no verdict on their ratio. `runs` holds the separate
 * runs a result combines (the hello-world references are load-tested before and after the store's URLs).
 */
export type LoadedRoute = { label: string; path: string; kind: LoadKind; mark: RouteMark | null; target: boolean; result: LoadResult; runs?: LoadResult[] };

export type BenchResults = {
  date: string;
  machine: Machine;
  source: { commit: string; changedFiles: number };
  /** One-minute load average at the start of each phase. */
  load: Record<string, number>;
  /** Seconds per phase. */
  durations: Record<string, number>;
  settings: LoadSettings;
  article: string;
  /** APP_URL the store was built and started with (canonical links are baked into prerendered shells). */
  appUrl: { build: string; start: string };
  /** The hello-world app: its page, and the store's own public file and icon at the same paths. */
  floor: { firstLoad: FirstLoad; loads: LoadedRoute[]; lighthouse: PageAudit | null };
  store: {
    marks: Record<string, RouteMark>;
    routes: MeasuredRoute[];
    loads: LoadedRoute[];
    lighthouse: PageAudit[];
  };
};
