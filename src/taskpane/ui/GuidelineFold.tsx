/**
 * The kommun's own words a finding or piece of advice rests on, folded away
 * under a header ("Riktlinje: …"): the quote, then where it comes from. One
 * look for every view; the texts are the caller's.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The header's own padding would indent it past the card's text.
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
  },
  source: { color: tokens.colorNeutralForeground3 },
});

export interface GuidelineFoldProps {
  /** The header, e.g. "Riktlinje: Sjöbo kommuns e-riktlinjer". */
  readonly title: string;
  /** The passage, verbatim. */
  readonly quote: string;
  /** Where it comes from, e.g. "Ur Riktlinjer för e-post, avsnitt 4". */
  readonly source: string;
}

export function GuidelineFold({ title, quote, source }: GuidelineFoldProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="guideline">
        <AccordionHeader size="small" className={styles.header}>
          {title}
        </AccordionHeader>
        <AccordionPanel>
          <blockquote className={styles.quote}>{quote}</blockquote>
          <Caption1 className={styles.source}>{source}</Caption1>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
