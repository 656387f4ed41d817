/** The kommun's own words an item rests on, folded away under "Riktlinje". */
import type { GuidelineCitation } from "../../../core";
import { GuidelineFold } from "../../ui/GuidelineFold";
import type { AbsenceTranslate } from "./texts";

export function GuidelineNote({ guideline, t }: { readonly guideline: GuidelineCitation | undefined; readonly t: AbsenceTranslate }) {
  if (!guideline) return null;
  return (
    <GuidelineFold
      title={`${t("guideline")}${guideline.section ? `: ${guideline.section}` : ""}`}
      quote={guideline.quote}
      source={t("guidelineFrom", { document: guideline.document })}
    />
  );
}
