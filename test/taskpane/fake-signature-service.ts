/** A SignaturePort for component tests: holds the stored details and records what the view asked for. */
import { normaliseSignatureDetails, renderSignature, type Action, type MailMessage, type Profile, type SignatureDetails } from "../../src/core";
import {
  PostvaktError,
  type DirectoryLookup,
  type FailureKind,
  type InsertOutcome,
  type InsertRequest,
  type LoadedSignatureDetails,
  type ActionPort,
  type SignaturePort,
} from "../../src/ports";
import type { FakeService } from "./fake-service";

export class FakeSignatureService implements SignaturePort {
  stored: SignatureDetails | undefined;
  prefill: SignatureDetails;
  problem: "corrupt" | "newerVersion" | undefined;
  composing = true;
  clientSignature: boolean | undefined = false;
  insertOutcome: InsertOutcome = "inserted";
  saveFailure: FailureKind | undefined;
  insertFailure: FailureKind | undefined;
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
    if (this.saveFailure) throw new PostvaktError(this.saveFailure);
    this.saves.push(details);
    this.stored = details;
  }

  canInsert(): boolean {
    return this.composing;
  }

  async insert(request: InsertRequest): Promise<InsertOutcome> {
    if (this.insertFailure) throw new PostvaktError(this.insertFailure);
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

/**
 * The action port as the Office adapter behaves for a signature action
 * (src/office/actions.ts): without saved details it says so; with them it
 * renders the kommun's signature and inserts it through the signature port.
 * Every other action goes to the FakeService.
 */
export class FakeSignatureActions implements ActionPort {
  constructor(
    private readonly service: FakeService,
    private readonly signatures: FakeSignatureService,
    private readonly profile: Profile,
  ) {}

  canPerform(action: Action): boolean {
    return action.type === "insertSignature" ? this.signatures.canInsert() : this.service.canPerform(action);
  }

  async perform(action: Action, checked: MailMessage | undefined): Promise<void> {
    if (action.type !== "insertSignature") return this.service.perform(action, checked);
    const loaded = this.signatures.load();
    const template = this.profile.signature;
    if (loaded.source !== "saved" || !template) throw new PostvaktError("signatureDetailsMissing");
    await this.signatures.insert({
      signature: renderSignature(template, normaliseSignatureDetails(loaded.details), { variant: action.variant }),
      ...(template.greeting ? { greeting: template.greeting } : {}),
    });
  }
}
