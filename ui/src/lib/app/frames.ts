/**
 * Runs `work` in the frame after the next one, once the next has been
 * drawn (at once where there are no frames, as in tests).
 */
export function onSecondFrame(work: () => void) {
  if (typeof requestAnimationFrame !== "function") {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(work));
}

/**
 * Runs `work` once the frame after the next one has been drawn. For what
 * the first screen does not wait on: a scan of the whole book for a badge
 * would otherwise take a core from the frames that show the first screen.
 * A hidden window draws no frames, so the work waits until it is shown.
 */
export function afterTwoFrames(work: () => void) {
  onSecondFrame(() => setTimeout(work, 0));
}
