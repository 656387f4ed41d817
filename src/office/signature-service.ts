/** The signature feature's port over office.js. Failures become PostvaktErrors; nothing is logged. */
import type { SignatureDetails } from "../core";
import { PostvaktError, type DirectoryLookup, type SignaturePort } from "../ports";
import { configuredGraphClient } from "./graph/auth";
import { asGraphFailure } from "./graph/failure";
import { createDirectoryLookup } from "./graph/me";
import { isComposeItem } from "./read-item";
import { SignatureInsertError, disableClientSignature, insertSignature, isClientSignatureEnabled, type InsertRequest } from "./signature";
import { roamingSettings } from "./roaming-settings";
import { loadSignatureDetails, saveSignatureDetails } from "./signature-settings";

/** The open compose item, or undefined (reading, nothing open, outside Outlook). */
export function composeItem(): Office.MessageCompose | undefined {
  try {
    const item = Office.context?.mailbox?.item as Office.MessageCompose | Office.MessageRead | null | undefined;
    return item && isComposeItem(item) ? item : undefined;
  } catch {
    return undefined;
  }
}

export function userProfile(): Office.UserProfile | undefined {
  try {
    return Office.context?.mailbox?.userProfile ?? undefined;
  } catch {
    return undefined;
  }
}

/** The directory lookup, rejecting in the ports' vocabulary. */
function asPortDirectory(directory: DirectoryLookup): DirectoryLookup {
  return {
    fetchDetails: () =>
      directory.fetchDetails().catch((error: unknown) => {
        throw asGraphFailure(error);
      }),
  };
}

/** The directory lookup where the deployment configured Graph and Outlook supports NAA. */
function configuredDirectory(): DirectoryLookup | undefined {
  const graph = configuredGraphClient();
  return graph ? createDirectoryLookup(graph) : undefined;
}

/** Inserts the signature into the open compose item, in the ports' vocabulary. */
export async function insertIntoComposeItem(request: InsertRequest) {
  const item = composeItem();
  if (!item) throw new PostvaktError("noComposeItem");
  try {
    return await insertSignature(item, request);
  } catch (error) {
    throw new PostvaktError(error instanceof SignatureInsertError && error.kind === "stale" ? "signatureStale" : "signatureFailed");
  }
}

export function createOfficeSignatureService(directory: DirectoryLookup | undefined = configuredDirectory()): SignaturePort {
  return {
    load: () => loadSignatureDetails(roamingSettings(), userProfile()),

    async save(details: SignatureDetails) {
      try {
        await saveSignatureDetails(roamingSettings(), details);
      } catch (error) {
        throw error instanceof PostvaktError ? error : new PostvaktError("settingsSaveFailed");
      }
    },

    canInsert: () => composeItem() !== undefined,

    insert: insertIntoComposeItem,

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
      if (!item) throw new PostvaktError("noComposeItem");
      try {
        await disableClientSignature(item);
      } catch {
        throw new PostvaktError("clientSignatureFailed");
      }
    },

    ...(directory ? { directory: asPortDirectory(directory) } : {}),
  };
}
