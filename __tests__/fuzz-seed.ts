// Stryker's setup file: every fast-check property without a seed of its own draws from
// TRUST_GATE_FUZZ_SEED, so a mutant is killed (or not) the same way on every run.
import fc from 'fast-check';

const seed = Number(process.env['TRUST_GATE_FUZZ_SEED']) || undefined;
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
