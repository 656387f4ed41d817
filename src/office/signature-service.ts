/** The Signatur view's service over office.js. Failures become SignatureServiceErrors; nothing is logged. */
import type { SignatureDetails } from "../core";
import { SignatureServiceError, type SignatureService } from "../taskpane/signature-service";
import { configuredGraphClient } from "./graph/auth";
import { createDirectoryLookup, type DirectoryLookup } from "./graph/me";
import { isComposeItem } from "./read-item";
import { SignatureInsertError, disableClientSignature, insertSignature, isClientSignatureEnabled, type InsertRequest } from "./signature";
import { SignatureSettingsError, loadSignatureDetails, saveSignatureDetails } from "./signature-settings";

function composeItem(): Office.MessageCompose | undefined {
  try {
    const item = Office.context?.mailbox?.item as Office.MessageCompose | Office.MessageRead | null | undefined;
    return item && isComposeItem(item) ? item : undefined;
  } catch {
    return undefined;
  }
}

function roamingSettings(): Office.RoamingSettings | undefined {
  try {
    return Office.context?.roamingSettings ?? undefined;
  } catch {
    return undefined;
  }
}

function userProfile(): Office.UserProfile | undefined {
  try {
    return Office.context?.mailbox?.userProfile ?? undefined;
  } catch {
    return undefined;
  }
}

/** The directory lookup where the deployment configured Graph and Outlook supports NAA. */
function configuredDirectory(): DirectoryLookup | undefined {
  const graph = configuredGraphClient();
  return graph ? createDirectoryLookup(graph) : undefined;
}

export function createOfficeSignatureService(directory: DirectoryLookup | undefined = configuredDirectory()): SignatureService {
  return {
    load: () => loadSignatureDetails(roamingSettings(), userProfile()),

    async save(details: SignatureDetails) {
      try {
        await saveSignatureDetails(roamingSettings(), details);
      } catch (error) {
        const kind = error instanceof SignatureSettingsError ? error.kind : "saveFailed";
        throw new SignatureServiceError(kind);
      }
    },

    canInsert: () => composeItem() !== undefined,

    async insert(request: InsertRequest) {
      const item = composeItem();
      if (!item) throw new SignatureServiceError("noComposeItem");
      try {
        return await insertSignature(item, request);
      } catch (error) {
        throw new SignatureServiceError(error instanceof SignatureInsertError && error.kind === "stale" ? "insertStale" : "insertFailed");
      }
    },

    async clientSignatureEnabled() {
      const item = composeItem();
      if (!item) return undefined;
      try {
        return await isClientSignatureEnabled(item);
      } catch {
        return undefined;
      }
    },

    async disableClientSignature() {
      const item = composeItem();
      if (!item) throw new SignatureServiceError("noComposeItem");
      try {
        await disableClientSignature(item);
      } catch {
        throw new SignatureServiceError("clientSignatureFailed");
      }
    },

    ...(directory ? { directory } : {}),
  };
}
