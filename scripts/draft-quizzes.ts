/**
 * Drafts quiz items from news reports: `npm run quizzes:draft -- [--json] FILE...`
 * (src/lib/server/draft/cli.ts). Run through Vite (scripts/vite-run.js) for the
 * app's `$lib` alias.
 */
import { draftCommand } from '$lib/server/draft/cli';

export const main = (argv: string[]): Promise<number> => draftCommand(argv);
