/** Types for serve.mjs (plain JavaScript so `node demo/serve.mjs` needs no build step). */
export interface RunningServer {
  /** e.g. "http://localhost:3000/" */
  readonly url: string;
  close(): Promise<void>;
}
/** Serves dist-demo/ (and /office-js/* from node_modules) on `port`; 0 picks a free port. */
export function startServer(port?: number, host?: string): Promise<RunningServer>;
