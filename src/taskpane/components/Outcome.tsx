/**
 * One action's outcome as a message bar: success with a title and details, or failure with
 * the plain reason. Actions (e.g. "Go to sheet") sit at the bar's end.
 */
import type { ReactNode } from "react";
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarProps } from "@fluentui/react-components";

export interface OutcomeProps {
  readonly intent: NonNullable<MessageBarProps["intent"]>;
  readonly title?: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
}

export function Outcome({ intent, title, children, actions }: OutcomeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
