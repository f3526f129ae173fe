import * as ledger from './20261123_0001_ledger.js';
import * as lawOverrides from './20261123_0002_law_overrides.js';
import * as debtorType from './20261123_0003_debtor_type.js';
import * as dunning from './20261123_0004_dunning.js';
import * as dunningSettings from './20261123_0005_dunning_settings.js';
import * as callTasksPrintBatches from './20261123_0006_call_tasks_print_batches.js';
import * as bank from './20261123_0007_bank.js';
import * as promisesPlans from './20261123_0008_promises_plans.js';
import * as disputesCredit from './20261123_0009_disputes_credit.js';
import * as segmentsSideEffects from './20261123_0010_segments_side_effects.js';
import * as users from './20261123_0011_users.js';
import * as customerGroups from './20261123_0012_customer_groups.js';
import * as customerRisk from './20261123_0013_customer_risk.js';
import * as creditDecisions from './20261123_0014_credit_decisions.js';
import * as worklist from './20261123_0015_worklist.js';
import * as callsTimelineLetterheads from './20261123_0016_calls_timeline_letterheads.js';
import * as placementsAgencies from './20261123_0017_placements_agencies.js';

/** Every migration in order. Append only; a landed migration is frozen. */
export const MIGRATIONS: readonly { id: string; sql: string }[] = [ledger, lawOverrides, debtorType, dunning, dunningSettings, callTasksPrintBatches, bank, promisesPlans, disputesCredit, segmentsSideEffects, users, customerGroups, customerRisk, creditDecisions, worklist, callsTimelineLetterheads, placementsAgencies];
