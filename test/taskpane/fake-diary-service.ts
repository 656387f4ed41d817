/** A DiaryPort for the task-pane tests: remembered choices in memory, the bars it was asked to show, a mailbox to report. */
import { PostvaktError, type DiaryPort, type DiaryPreferences, type FailureKind } from "../../src/ports";

export class FakeDiaryPort implements DiaryPort {
  saved: DiaryPreferences[] = [];
  bars: (string | null)[] = [];
  box: string | undefined;
  saveFailure: FailureKind | undefined;
  constructor(private stored: DiaryPreferences = {}, box?: string) {
    this.box = box;
  }
  preferences(): DiaryPreferences {
    return this.stored;
  }
  async savePreferences(p: DiaryPreferences): Promise<void> {
    if (this.saveFailure) throw new PostvaktError(this.saveFailure);
    this.saved.push(p);
    this.stored = p;
  }
  async mailbox(): Promise<string | undefined> {
    return this.box;
  }
  /** The open item's categories; undefined as a client that cannot read them. */
  itemCategories: readonly string[] | undefined = [];
  async categories(): Promise<readonly string[] | undefined> {
    return this.itemCategories;
  }
  async showItemBar(text: string): Promise<void> {
    this.bars.push(text);
  }
  async clearItemBar(): Promise<void> {
    this.bars.push(null);
  }
}
