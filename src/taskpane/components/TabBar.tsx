/**
 * The pane's views as one row of tabs (WAI-ARIA tabs pattern: a tablist of tab buttons, one in
 * the Tab order, arrow keys, Home and End move between them and select, as Fluent's TabList).
 *
 * Why not Fluent's TabList: it and the focus manager it needs (tabster) are about 77 KB of the
 * pane's first chunk before gzip (20 KB after), a third of what must load before the first view
 * (docs/decisions.md, "A lighter pane"). The look follows Fluent's small tabs (its tokens, the
 * brand underline on the selected tab). The row never wraps: each tab shrinks to its label and
 * the labels are short enough for six tabs at 320 px (docs/taskpane.md).
 */
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "./styles";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "stretch",
    columnGap: "2px",
    minWidth: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 379px)": { columnGap: tokens.spacingHorizontalXXS },
  },
  tab: {
    position: "relative",
    flexGrow: 0,
    flexShrink: 1,
    minWidth: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    // Below 380 px (Excel's default pane is about 320 px) six labels fit only smaller and tighter.
    "@media (max-width: 379px)": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
      fontSize: tokens.fontSizeBase200,
    },
  },
  selected: {
    // Colour and the underline mark it, not a bolder weight: that would widen the row.
    color: tokens.colorNeutralForeground1,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalXS,
      right: tokens.spacingHorizontalXS,
      bottom: "-1px",
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabBarProps<T extends string> {
  readonly tabs: readonly T[];
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
  readonly label: (tab: T) => string;
  /** The tablist's accessible name. */
  readonly ariaLabel: string;
  /** Id of the panel the tabs control. */
  readonly panelId: string;
  /** Element id of a tab (the panel is labelled by the selected one). */
  readonly tabId: (tab: T) => string;
}

export function TabBar<T extends string>({ tabs, selected, onSelect, label, ariaLabel, panelId, tabId }: TabBarProps<T>) {
  const styles = useStyles();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (to: T | undefined) => {
    if (to === undefined) return;
    onSelect(to);
    refs.current.get(to)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.indexOf(selected);
    const next: Record<string, T | undefined> = {
      ArrowRight: tabs[(at + 1) % tabs.length],
      ArrowLeft: tabs[(at - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    move(next[event.key]);
  };
  return (
    <div role="tablist" aria-label={ariaLabel} className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab === selected;
        return (
          <button
            key={tab}
            ref={(el) => {
              if (el) refs.current.set(tab, el);
              else refs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab)}
          >
            {label(tab)}
          </button>
        );
      })}
    </div>
  );
}
