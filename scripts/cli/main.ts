// `npm run estimate -- …`: the process around the command line, the only file here that touches it.
import { runEstimateCli } from './dispatch';

try {
  process.exitCode = runEstimateCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A failure of ours, not of the input: say it in one line, no stack trace.
  process.stderr.write(`estimate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
