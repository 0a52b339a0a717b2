/** One `paraat` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Full help text, printed for `paraat NAME --help`. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** Thrown for wrong command-line usage; main prints the message and the command's help hint. */
export class UsageError extends Error {}
