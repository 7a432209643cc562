// Writes src/lib/paraglide (git-ignored) from the message files. Run by `npm ci` (the prepare script) and
// `npm run check`: svelte-check and tsc read the generated code but start no Vite, whose plugin writes it too.
import { compile } from '@inlang/paraglide-js';
import { i18n } from '../src/lib/i18n/options.js';

await compile({ ...i18n, strategy: [...i18n.strategy] });

// The inlang SDK leaves something pending that holds the process open for half a minute after the compile.
process.exit(0);
