/**
 * `motcua-sandbox`: starts the sandbox from the command line. See `motcua-sandbox --help`.
 */
import { runCli } from './cli/run.js';

const io = {
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
};

runCli(process.argv.slice(2), io).then(
  (handle) => {
    if (!handle) return;
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      // A second Ctrl-C means "now": skip the graceful wait.
      if (stopping) process.exit(130);
      stopping = true;
      io.stdout(
        JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal }),
      );
      handle.close().then(
        () => process.exit(0),
        (error: unknown) => {
          io.stderr(
            `motcua-sandbox: error while stopping: ${error instanceof Error ? error.message : String(error)}`,
          );
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    io.stderr(`motcua-sandbox: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
