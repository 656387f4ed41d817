/** Graph's error kinds in the ports' one failure vocabulary, for the views to say in a sentence. */
import { PostvaktError, type FailureKind } from "../../ports";
import { GraphError, type GraphErrorKind } from "./client";

const FAILURE_OF: Readonly<Record<GraphErrorKind, FailureKind>> = {
  cancelled: "signInCancelled",
  signIn: "signInFailed",
  consent: "consentMissing",
  forbidden: "graphForbidden",
  notFound: "graphNotFound",
  throttled: "graphThrottled",
  unavailable: "graphUnavailable",
  timeout: "graphTimeout",
  badResponse: "graphBadResponse",
};

/** A Graph failure as a PostvaktError; anything else counts as Graph being unavailable. */
export function asGraphFailure(error: unknown): PostvaktError {
  if (error instanceof PostvaktError) return error;
  return new PostvaktError(error instanceof GraphError ? FAILURE_OF[error.kind] : "graphUnavailable");
}
