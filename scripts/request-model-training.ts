/**
 * How the request model is trained: shared by the script that writes the
 * shipped weights (train-request-model.ts) and the experiment that measures
 * it set by set (bench/request-model.ts), so both mean the same model.
 *
 * Plain logistic regression, L2-regularised, by gradient steps over the
 * training mails in their given order (no random order, a fixed number of
 * passes: the same mails give the same weights). Features seen in fewer than
 * two mails are left out.
 */
import type { LoadedRequestModel } from "../src/core/advisors/diary/request-model";

/**
 * The corpus sets whose mails have been read, in this order: the model learns from these.
 * A set nobody has read yet is never among them; it is the model's first-run measure.
 */
export const READ_SETS = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15"] as const;

export interface TrainingMail {
  readonly urgent: boolean;
  readonly features: readonly string[];
}

const RATE = 0.2;
const L2 = 0.001;
const PASSES = 40;

export function trainRequestModel(mails: readonly TrainingMail[]): LoadedRequestModel {
  const counts = new Map<string, number>();
  for (const m of mails) for (const f of m.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let bias = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const m of mails) {
      const known = m.features.filter((f) => (counts.get(f) ?? 0) >= 2);
      const z = bias + known.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const error = (m.urgent ? 1 : 0) - p;
      bias += RATE * error;
      for (const f of known) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + RATE * (error - L2 * w));
      }
    }
  }
  return { bias, weights };
}
