import type { Api } from "../api";
import { onSecondFrame } from "./frames";

let marked = false;

/**
 * Tells the shell, once per launch, that the first screen has settled with
 * its data: called when the data is in, it waits for the frame that shows
 * it and the next one. The shell writes the app benchmark's marker only
 * when it was started with CURBSIDE_BENCH_MARK (tests/bench/app-start.sh).
 */
export function markFirstScreenSettled(api: Pick<Api, "benchMark">) {
  if (marked || typeof requestAnimationFrame !== "function") return;
  marked = true;
  onSecondFrame(() => void api.benchMark().catch(() => {}));
}
