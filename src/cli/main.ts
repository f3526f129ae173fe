// arrears <noun> <verb>: every command exits 0 on success and non-zero with a clear message on stderr.
import { Command, CommanderError } from 'commander';
import { ForbiddenError, InputError, NotFoundError } from '../app/errors.js';
import { DataFolderBusyError } from '../store/data-lock.js';
import { NotMigratedError } from '../store/open-store.js';
import { CsvFormatError } from '../formats/csv/read-csv.js';
import { registerAdminCommands } from './admin-commands.js';
import { registerAuditCommand, registerLedgerCommands, registerWriteOffCommand } from './ledger-commands.js';
import { CliUsageError } from './output.js';
import { registerLawCommands } from './law-commands.js';
import { registerDunningCommands } from './dunning-commands.js';
import { registerBankCommands } from './bank-commands.js';
import { registerUserCommands } from './user-commands.js';
import { registerRiskCommands } from './risk-commands.js';
import { registerWorklistCommands } from './worklist-commands.js';
import { registerCallCommands } from './call-commands.js';
import { registerPlacementCommands } from './placement-commands.js';
import { registerPredictionCommands } from './prediction-commands.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('arrears')
    .description('Arrears: accounts-receivable collections. Uses the embedded database in $ARREARS_DATA (default ./data), or PostgreSQL when $DATABASE_URL is set.')
    .exitOverride().showHelpAfterError(false);
  registerAdminCommands(program);
  registerLedgerCommands(program);
  registerWriteOffCommand(program);
  registerAuditCommand(program);
  registerLawCommands(program);
  registerDunningCommands(program);
  registerBankCommands(program);
  registerUserCommands(program);
  registerRiskCommands(program);
  registerWorklistCommands(program);
  registerCallCommands(program);
  registerPlacementCommands(program);
  registerPredictionCommands(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    process.exitCode = report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  const known = error instanceof InputError || error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof CliUsageError
    || error instanceof DataFolderBusyError || error instanceof NotMigratedError || error instanceof CsvFormatError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`arrears: ${message}\n`);
  if (!known && error instanceof Error && process.env.ARREARS_DEBUG) process.stderr.write(`${error.stack}\n`);
  return known ? 1 : 70;
}
