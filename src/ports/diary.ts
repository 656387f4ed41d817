/**
 * What the diary feature needs from Outlook besides the item (ReviewPort)
 * and the actions (ActionPort): the user's remembered choices, the mailbox
 * the item is in, and the short bar on the item. The Outlook implementation
 * is src/office/diary-service.ts.
 */

/** Remembered per user (Outlook's roaming settings). */
export interface DiaryPreferences {
  /** The registrar the user chose last time (an address from the profile). */
  readonly registrar?: string;
  /** The user said they work as a registrar. */
  readonly isRegistrar?: boolean;
}

export interface DiaryPort {
  /** The saved choices; {} when nothing is saved or it cannot be read. Never throws. */
  preferences(): DiaryPreferences;
  /** Remembers the choices for this user. Rejects with a PostvaktError. */
  savePreferences(preferences: DiaryPreferences): Promise<void>;
  /**
   * The mailbox the open item is in: a shared or delegated mailbox's owner
   * where the item lives there, else the user's own. Never rejects.
   */
  mailbox(): Promise<string | undefined>;
  /**
   * The categories on the open item (Mailbox 1.8), so an item already marked says so;
   * undefined where they cannot be read. Never rejects.
   */
  categories(): Promise<readonly string[] | undefined>;
  /** Shows (or replaces) Postvakt's short bar on the open item. Never rejects. */
  showItemBar(text: string): Promise<void>;
  /** Takes Postvakt's bar off the open item. Never rejects. */
  clearItemBar(): Promise<void>;
}
