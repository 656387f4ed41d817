/**
 * A learned second opinion on "does the sender ask for documents the kommun
 * holds?", beside the request reader's rules (request.ts).
 *
 * The rules read a request frame and a record in one sentence; people keep
 * finding ways of asking that no frame foresaw. This is a logistic regression
 * over the words and neighbouring word pairs of the subject and the sender's
 * own text, trained on the labelled corpus sets that have been read
 * (test/fixtures/diary-corpus; `npx tsx scripts/train-request-model.ts`
 * writes request-model.json). The advisor asks it only where the rules found
 * nothing, and says so in its reason: the words are like a request's.
 *
 * Pure and deterministic: the same mail gives the same probability everywhere.
 */
import { withoutQuotedHistory } from "../../text/quoted";
import MODEL from "./request-model.json";

/** As stored: the bias, and each feature beside its weight (two arrays keep the JSON small and its type plain). */
export interface RequestModel {
  readonly bias: number;
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

/** A model ready to score: a Map, so a word such as "constructor" is only a word. */
export interface LoadedRequestModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

export function loadRequestModel(model: RequestModel): LoadedRequestModel {
  return { bias: model.bias, weights: new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0])) };
}

let shipped: LoadedRequestModel | undefined;

/** At or above this probability the model says "a request". */
export const REQUEST_MODEL_THRESHOLD = 0.5;

/** Words and neighbouring word pairs of subject and own text, lower case, each once. */
export function requestFeatures(subject: string, body: string): string[] {
  const words = `${subject} . ${withoutQuotedHistory(body)}`.toLowerCase().match(/[a-zåäöéü]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i] as string);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** The model's probability that these features are a request's. */
export function requestProbabilityOf(features: readonly string[], model: LoadedRequestModel = (shipped ??= loadRequestModel(MODEL))): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model takes the mail for a request for documents. */
export function modelSeesRequest(subject: string, body: string): boolean {
  return requestProbabilityOf(requestFeatures(subject, body)) >= REQUEST_MODEL_THRESHOLD;
}
