/**
 * Which kommun profile the task pane uses: the build's (POSTVAKT_PROFILE at
 * build time), or in the demo the one its URL names (`?profile=<id>`).
 */
import { BUILTIN_PROFILE_IDS, loadBuiltinProfile, type Profile } from "../../core";

export type ProfileChoice =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly id: string; readonly reason: "unknown" }
  | { readonly ok: false; readonly id: string; readonly reason: "invalid"; readonly field: string; readonly problem: string };

export function chooseProfile(search: string, buildDefault: string): ProfileChoice {
  const asked = new URLSearchParams(search).get("profile")?.trim();
  const id = asked ? asked : buildDefault;
  if (!BUILTIN_PROFILE_IDS.includes(id)) return { ok: false, id, reason: "unknown" };
  const result = loadBuiltinProfile(id);
  if (result.ok) return { ok: true, profile: result.profile };
  const first = result.problems[0];
  return { ok: false, id, reason: "invalid", field: first?.path ?? "(profilen)", problem: first?.message ?? "" };
}
