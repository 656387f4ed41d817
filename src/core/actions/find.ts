import type { Action, ActionType } from "./types";

/** The first action of a type among a finding's or an advice's actions. */
export function actionOfType<T extends ActionType>(
  actions: readonly Action[] | undefined,
  type: T,
): Extract<Action, { type: T }> | undefined {
  return actions?.find((action): action is Extract<Action, { type: T }> => action.type === type);
}
