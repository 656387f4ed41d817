/**
 * The office.js enum values the fake hands out, as Outlook's host script
 * defines them (checked against @microsoft/office-js and @types/office-js):
 * string values, so code compares them the way it would in Outlook.
 */

export const ASYNC_RESULT_STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;

export const COERCION_TYPE = { Text: "text", Html: "html" } as const;

/** Outlook's event types (the plain office.js outside Outlook lacks these). */
export const EVENT_TYPE = {
  ItemChanged: "olkItemSelectedChanged",
  RecipientsChanged: "olkRecipientsChanged",
  SelectedItemsChanged: "olkSelectedItemsChanged",
} as const;

const CATEGORY_COLOR: Record<string, string> = { None: "None" };
for (let i = 0; i <= 24; i++) CATEGORY_COLOR[`Preset${i}`] = `Preset${i}`;

export const MAILBOX_ENUMS = {
  ItemNotificationMessageType: {
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  },
  /** Mailbox 1.14. */
  SendModeOverride: { PromptUser: "promptUser" },
  ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
  RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
  AttachmentType: { File: "file", Item: "item", Cloud: "cloud", Base64: "base64" },
  ItemType: { Message: "message", Appointment: "appointment" },
  /** A bitmask (Mailbox 1.8). */
  DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
  CategoryColor: CATEGORY_COLOR as Readonly<Record<string, string>>,
  ActionType: { ShowTaskPane: "showTaskPane" },
} as const;

export type CoercionValue = (typeof COERCION_TYPE)[keyof typeof COERCION_TYPE];
