import { makeStyles, tokens } from "@fluentui/react-components";

/** The frame every task-pane view shares (Granskning, Signatur): padding, background, heading. */
export const useViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    flexGrow: 1,
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});
