/**
 * npm run data [-- --boundaries DIR] [-- --out DIR] [-- --add FILE]
 * Boundaries default to ../shared/data/boundaries (or $RESULTS_ATLAS_BOUNDARIES); output to public/data.
 * --add FILE: a partner's file in the partner format (src/schema/partner.ts), kept in
 * data/partner_records/ only when the run publishes (run-cli.ts, partners.ts).
 * What it refuses and how it publishes: out-guard.ts, write.ts.
 */
import { main } from "./run-cli";

let code: number;
try {
  code = main(process.argv.slice(2), process.cwd(), process.env, { log: (l) => console.log(l), error: (l) => console.error(l) });
} catch (error: unknown) {
  // A bug, not a data problem: say so in one line; the stack only when asked for.
  console.error(`npm run data: internal error: ${error instanceof Error ? error.message : String(error)} (set DEBUG=1 for the stack); nothing was written.`);
  if (process.env.DEBUG !== undefined && error instanceof Error) console.error(error.stack);
  code = 2;
}
process.exit(code);
