export function runPrisma(args: string[], env?: NodeJS.ProcessEnv): Promise<void>;
