/**
 * The window's import: which files it shows, and where files to import come
 * from (the Import buttons' file picker, files dropped on the window, files
 * the system opened Curbside with). One import at a time: a drop while one
 * is open is refused with a message, and opened files wait until it closes.
 */
import { toApiError, type Api, type FileDrag, type ImportKind } from "../api";
import { t } from "../locale/i18n.svelte";
import { isImportable } from "../transfer/importText";

/** The files of an import: those Curbside reads, and those it leaves out. */
export interface ImportFiles {
  paths: string[];
  ignored: string[];
}

export class ImportQueue {
  /** The open import's files; null when no import is open. */
  open: ImportFiles | null = $state(null);
  /** Whether files are dragged over the window and would be taken if dropped. */
  hovering = $state(false);

  /** `fail` tells the doctor why files were not taken. */
  constructor(
    private readonly api: Api,
    private readonly fail: (message: string) => void,
  ) {}

  /** Asks for files with the system's picker (of `kind`) and opens the import with them. */
  async choose(kind: ImportKind = "any"): Promise<void> {
    if (this.open) return;
    try {
      const paths = await this.api.pickImportFiles(kind);
      if (paths.length > 0) this.start(paths);
    } catch (reason) {
      this.fail(toApiError(reason).message);
    }
  }

  /** Opens the import with the files Curbside reads; says so when there are none. */
  start(paths: string[]): void {
    const readable = paths.filter(isImportable);
    if (readable.length === 0) {
      this.fail(t("app.import.notImportable"));
      return;
    }
    this.open = { paths: readable, ignored: paths.filter((path) => !isImportable(path)) };
  }

  /** Files Curbside was opened with get the same import as the Import button, once no other is open. */
  async offerOpened(): Promise<void> {
    if (this.open) return;
    try {
      const paths = await this.api.openedFiles();
      if (paths.length > 0 && !this.open) this.start(paths);
    } catch (reason) {
      this.fail(toApiError(reason).message);
    }
  }

  /** Closes the import; files opened meanwhile get theirs. */
  close(): void {
    this.open = null;
    void this.offerOpened();
  }

  /** Files dragged over the window, out of it, or dropped on it. */
  onDrag(drag: FileDrag): void {
    this.hovering = drag.type === "hover" && !this.open;
    if (drag.type !== "drop") return;
    if (this.open) {
      this.fail(t("app.import.busy"));
      return;
    }
    this.start(drag.paths);
  }
}
