/** A profile's guideline passage as findings and advice cite it (the engine and the advisors share it). */
import type { GuidelineCitation } from "../model";
import type { Profile } from "./schema";

/** The profile's passage under `key`, as a citation (the document's short title included), or undefined. */
export function guidelineCitation(profile: Profile, key: string): GuidelineCitation | undefined {
  const passage = profile.guidelines[key];
  if (!passage) return undefined;
  return {
    document: profile.guidelineDocument.title,
    documentShort: profile.guidelineDocument.shortTitle,
    quote: passage.quote,
    ...(passage.section ? { section: passage.section } : {}),
  };
}
