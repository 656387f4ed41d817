/** The kommun's own words an item rests on, folded away under "Riktlinje". */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { GuidelineCitation } from "../../../core";
import type { AbsenceTranslate } from "./texts";

const useStyles = makeStyles({
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
  },
  source: { color: tokens.colorNeutralForeground3 },
});

export function GuidelineNote({ guideline, t }: { readonly guideline: GuidelineCitation | undefined; readonly t: AbsenceTranslate }) {
  const styles = useStyles();
  if (!guideline) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="guideline">
        <AccordionHeader size="small" className={styles.header}>
          {t("guideline")}
          {guideline.section ? `: ${guideline.section}` : ""}
        </AccordionHeader>
        <AccordionPanel>
          <blockquote className={styles.quote}>{guideline.quote}</blockquote>
          <Caption1 className={styles.source}>{t("guidelineFrom", { document: guideline.document })}</Caption1>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
