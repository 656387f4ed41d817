/** A SignatureService for component tests: holds the stored details and records what the view asked for. */
import type { SignatureDetails } from "../../src/core";
import type { DirectoryLookup } from "../../src/office/graph/me";
import {
  SignatureServiceError,
  type InsertOutcome,
  type InsertRequest,
  type LoadedSignatureDetails,
  type SignatureFailureKind,
  type SignatureService,
} from "../../src/taskpane/signature-service";

export class FakeSignatureService implements SignatureService {
  stored: SignatureDetails | undefined;
  prefill: SignatureDetails;
  problem: "corrupt" | "newerVersion" | undefined;
  composing = true;
  clientSignature: boolean | undefined = false;
  insertOutcome: InsertOutcome = "inserted";
  saveFailure: SignatureFailureKind | undefined;
  insertFailure: SignatureFailureKind | undefined;
  readonly saves: SignatureDetails[] = [];
  readonly inserts: InsertRequest[] = [];
  disableCalls = 0;
  directory?: DirectoryLookup;

  constructor(options: { stored?: SignatureDetails; prefill?: SignatureDetails; problem?: "corrupt" | "newerVersion"; directory?: DirectoryLookup } = {}) {
    this.stored = options.stored;
    this.prefill = options.prefill ?? { givenName: "Anna", surname: "Handläggare" };
    this.problem = options.problem;
    if (options.directory) this.directory = options.directory;
  }

  load(): LoadedSignatureDetails {
    if (this.stored) return { source: "saved", details: this.stored };
    return { source: "prefill", details: this.prefill, ...(this.problem ? { problem: this.problem } : {}) };
  }

  async save(details: SignatureDetails): Promise<void> {
    if (this.saveFailure) throw new SignatureServiceError(this.saveFailure);
    this.saves.push(details);
    this.stored = details;
  }

  canInsert(): boolean {
    return this.composing;
  }

  async insert(request: InsertRequest): Promise<InsertOutcome> {
    if (this.insertFailure) throw new SignatureServiceError(this.insertFailure);
    this.inserts.push(request);
    return this.insertOutcome;
  }

  async clientSignatureEnabled(): Promise<boolean | undefined> {
    return this.clientSignature;
  }

  async disableClientSignature(): Promise<void> {
    this.disableCalls++;
    this.clientSignature = false;
  }
}
