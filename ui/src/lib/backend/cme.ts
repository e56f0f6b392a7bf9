/**
 * The CME part of the backend door: credits and their certificates, license
 * and board cycles, where each stands, and the cycle's report. `Api`
 * (../api.ts) extends `CmeApi`.
 */
import { open, save } from "@tauri-apps/plugin-dialog";
import type { CertificateInfo } from "../bindings/CertificateInfo";
import type { ClaimableCredits } from "../bindings/ClaimableCredits";
import type { Credit } from "../bindings/Credit";
import type { CreditDraft } from "../bindings/CreditDraft";
import type { Cycle } from "../bindings/Cycle";
import type { CycleDraft } from "../bindings/CycleDraft";
import type { CycleProgress } from "../bindings/CycleProgress";
import type { ReportFormat } from "../bindings/ReportFormat";
import { call, rethrow } from "./ipc";

/** The file types a certificate may be. */
export const CERTIFICATE_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "gif", "webp", "heic"];

const REPORT_FILES: Record<ReportFormat, { name: string; extensions: string[] }> = {
  csv: { name: "CSV", extensions: ["csv"] },
  html: { name: "Web page", extensions: ["html"] },
};

/** What the CME screen (and the welcome's cycle step) asks of the backend. */
export interface CmeApi {
  /** Credit entries earned between the two days (either open), by date. */
  credits(from: string | null, to: string | null): Promise<Credit[]>;
  addCredit(draft: CreditDraft): Promise<Credit>;
  updateCredit(id: number, draft: CreditDraft): Promise<Credit>;
  deleteCredit(id: number): Promise<void>;
  /** Copies the file at `path` into the app's data and attaches it to the credit. */
  attachCertificate(creditId: number, path: string): Promise<CertificateInfo>;
  /** Opens a certificate in the system's viewer. */
  openCertificate(id: number): Promise<void>;
  removeCertificate(id: number): Promise<void>;
  cycles(): Promise<Cycle[]>;
  addCycle(draft: CycleDraft): Promise<Cycle>;
  updateCycle(id: number, draft: CycleDraft): Promise<Cycle>;
  deleteCycle(id: number): Promise<void>;
  /** Where every cycle stands today. */
  cmeStatus(): Promise<CycleProgress[]>;
  /** Attended events whose expected credits are not recorded yet. */
  claimableCredits(): Promise<ClaimableCredits[]>;
  exportReport(cycleId: number, path: string, format: ReportFormat): Promise<void>;
  /** Opens the cycle's printable report in the system browser. */
  printReport(cycleId: number): Promise<void>;
  /** Asks the user for a certificate (PDF or image); null when they cancel. */
  pickCertificateFile(): Promise<string | null>;
  /** Asks the user where to save a cycle's report; null when they cancel. */
  pickReportPath(format: ReportFormat, suggestedName: string): Promise<string | null>;
}

/** The real backend's CME calls, over Tauri IPC. */
export const cmeApi: CmeApi = {
  credits: (from, to) => call("cme_credits", { from, to }),
  addCredit: (draft) => call("cme_add_credit", { draft }),
  updateCredit: (id, draft) => call("cme_update_credit", { id, draft }),
  deleteCredit: async (id) => {
    await call("cme_delete_credit", { id });
  },
  attachCertificate: (creditId, path) => call("cme_attach_certificate", { creditId, path }),
  openCertificate: async (id) => {
    await call("cme_open_certificate", { id });
  },
  removeCertificate: async (id) => {
    await call("cme_remove_certificate", { id });
  },
  cycles: () => call("cme_cycles"),
  addCycle: (draft) => call("cme_add_cycle", { draft }),
  updateCycle: (id, draft) => call("cme_update_cycle", { id, draft }),
  deleteCycle: async (id) => {
    await call("cme_delete_cycle", { id });
  },
  cmeStatus: () => call("cme_status"),
  claimableCredits: () => call("cme_claimable"),
  exportReport: async (cycleId, path, format) => {
    await call("cme_export_report", { cycleId, path, format });
  },
  printReport: async (cycleId) => {
    await call("cme_print_report", { cycleId });
  },
  pickCertificateFile: async () => {
    const picked = await open({
      title: "Attach a certificate",
      multiple: false,
      filters: [{ name: "PDF or image", extensions: CERTIFICATE_EXTENSIONS }],
    }).catch(rethrow);
    return picked ?? null;
  },
  pickReportPath: (format, suggestedName) => {
    const { name, extensions } = REPORT_FILES[format];
    return save({ title: "Save the cycle's report", defaultPath: suggestedName, filters: [{ name, extensions }] }).catch(
      rethrow,
    );
  },
};
