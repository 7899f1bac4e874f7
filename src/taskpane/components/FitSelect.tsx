/**
 * Fluent's Select, made to fit a narrow pane: a native select is as wide as its longest
 * option, which would push a long company or field name past the pane's edge. Here it takes
 * the available width and ends long options with an ellipsis.
 */
import { Select, type SelectProps } from "@fluentui/react-components";
import { makeStyles, mergeClasses } from "./styles";

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export function FitSelect({ className, ...props }: SelectProps) {
  const styles = useStyles();
  return <Select {...props} className={mergeClasses(styles.root, className)} select={{ className: styles.select }} />;
}
