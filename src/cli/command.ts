import type { Command } from 'commander';
import type { CliIO } from './cli-io.ts';

/** Adds one command to the program: parsed arguments in, exit code out (through setExitCode). */
export type CommandRegistrar = (program: Command, io: CliIO, setExitCode: (code: number) => void) => void;
