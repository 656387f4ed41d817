/**
 * The command line's entry point: dist-cli/postvakt.cjs is built from this
 * file (webpack, `npm run build` or `npm run build:cli`), and bin/postvakt.js
 * runs it through tsx when there is no build yet. Reads process.argv, sets the
 * exit status; all the work is in main().
 */
import { main } from "./main";

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  () => {
    process.stderr.write("postvakt: unexpected failure.\n");
    process.exitCode = 2;
  },
);
