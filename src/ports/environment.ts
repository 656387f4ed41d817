/** What the task pane knows about where it runs. */

export type OfficeThemeColors = {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
};

export interface Environment {
  /** Outlook's UI language ("sv-SE", "en-US"), undefined where unknown. */
  readonly displayLanguage?: string;
  /** The mailbox owner's address; decides "internal" where a profile lists no domains. */
  readonly userEmail?: string;
  /** The user's display name, where Outlook gives it. */
  readonly userName?: string;
  /** Outlook's theme colours where the client exposes them. */
  readonly officeTheme?: OfficeThemeColors;
}
