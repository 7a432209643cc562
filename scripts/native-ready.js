// Makes sure better-sqlite3's native part is built, and builds it when it is not.
//
// Where no prebuilt binary can be downloaded (as on this project's CI, which reaches only the npm registry),
// better-sqlite3's install script compiles SQLite from source: about 100 s on one core, nearly all of `npm ci`'s
// time, with the machine's other core idle. CI therefore installs with `--ignore-scripts`, and `npm test` builds it
// here, beside the static checks, which need no database and no Vite. After a plain `npm ci` it is built already,
// and this only checks that it loads.
import { spawnSync } from 'node:child_process';

// In a process of its own each time, so that a failed first load leaves nothing cached for the check after the build.
const loads = () =>
	spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' })
		.status === 0;

if (loads()) {
	console.log('better-sqlite3: built');
} else {
	console.log('better-sqlite3: not built yet (npm ci --ignore-scripts?); building it now');
	const rebuild = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
	if (rebuild.status !== 0 || !loads()) {
		console.error('better-sqlite3 could not be built: see npm rebuild better-sqlite3');
		process.exit(1);
	}
	console.log('better-sqlite3: built');
}
