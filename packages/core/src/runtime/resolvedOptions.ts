import { nanoid } from 'nanoid';
import { RunSlots } from './runSlots.js';
import { systemScheduler, type InboundRateOptions, type Logger, type RuntimeOptions, type Scheduler } from './runtimeOptions.js';

/** RuntimeOptions with every default filled in. */
export interface ResolvedRuntimeOptions {
  readonly sessionTtlMs: number;
  readonly replayLimit: number;
  readonly staleDelayMs: number;
  readonly debounceMs: number;
  readonly showErrorDetails: boolean;
  readonly maxSessions: number;
  readonly runTimeoutMs: number | undefined;
  readonly runAbandonGraceMs: number;
  readonly maxMessageBytes: number;
  readonly maxMessageDepth: number;
  readonly inboundRate: Readonly<Required<InboundRateOptions>>;
  readonly logger: Logger | undefined;
  readonly scheduler: Scheduler;
  readonly createSessionId: () => string;
  /** Shared by every session of a runtime: at most `maxConcurrentRuns` runs at once. */
  readonly runSlots: RunSlots;
}

/** Fills in the defaults of {@link RuntimeOptions}. */
export function resolveOptions(options: RuntimeOptions = {}): ResolvedRuntimeOptions {
  const maxMessageBytes = options.maxMessageBytes ?? 1_048_576;
  return {
    sessionTtlMs: options.sessionTtlMs ?? 120_000,
    replayLimit: options.replayLimit ?? 256,
    staleDelayMs: options.staleDelayMs ?? 400,
    debounceMs: options.debounceMs ?? 120,
    showErrorDetails: options.showErrorDetails ?? true,
    maxSessions: options.maxSessions ?? Infinity,
    runTimeoutMs: options.runTimeoutMs,
    runAbandonGraceMs: options.runAbandonGraceMs ?? 1000,
    maxMessageBytes,
    maxMessageDepth: options.maxMessageDepth ?? 64,
    inboundRate: {
      bytesPerSecond: options.inboundRate?.bytesPerSecond ?? 1_048_576,
      burstBytes: Math.max(options.inboundRate?.burstBytes ?? 4_194_304, maxMessageBytes),
      closeAfterRefusals: options.inboundRate?.closeAfterRefusals ?? 32,
    },
    logger: options.logger,
    scheduler: options.scheduler ?? systemScheduler,
    createSessionId: options.createSessionId ?? (() => nanoid()),
    runSlots: new RunSlots(options.maxConcurrentRuns ?? Infinity),
  };
}
