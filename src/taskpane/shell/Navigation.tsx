/**
 * The views' tab bar, pinned to the top of the pane before the content, so
 * that Tab goes from the chosen tab into its view (as a tab list should).
 * Each tab stacks its icon over a short label in a small type and takes an
 * equal share of the width, so four views fit a 320 px pane without cutting
 * a label; the tab list takes the arrow keys.
 */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";

export interface NavigationItem<V extends string> {
  readonly id: V;
  readonly label: string;
  readonly icon: ReactElement;
}

const useStyles = makeStyles({
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  list: { display: "flex" },
  tab: {
    flex: "1 1 0",
    minWidth: 0,
    // Fluent lays a tab out as a grid, icon beside label; here the icon stands above it.
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    justifyContent: "center",
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, paddingLeft: 0, paddingRight: 0 },
});

export interface NavigationProps<V extends string> {
  readonly label: string;
  readonly items: readonly NavigationItem<V>[];
  readonly selected: V;
  readonly onSelect: (view: V) => void;
  /** The id of the panel the tabs control. */
  readonly panelId: string;
}

export function Navigation<V extends string>({ label, items, selected, onSelect, panelId }: NavigationProps<V>) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={label}>
      <TabList className={styles.list} size="small" selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as V)}>
        {items.map((item) => (
          <Tab key={item.id} id={`pv-tab-${item.id}`} value={item.id} aria-controls={panelId} icon={item.icon} className={styles.tab} content={{ className: styles.label }}>
            {item.label}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
