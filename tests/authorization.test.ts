import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { request as http, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
	distinctive,
	expect,
	keyTexts,
	moduleFolder,
	plain,
	proseSentences,
	publicText,
	testModule,
	test,
	pageHtml
} from './fixtures';
import { answerItem, assignModule, createClass, joinAs, signUpTeacher, type Teacher } from './seed';
import { attributionItem, authoredRevision, storeAuthoredModule } from './authored';

/*
 * Who may do what under /teach, for every route and every form action there
 * is. The routes and actions are read from src/routes/teach when the test
 * runs, and the table below must name each of them: a new page, endpoint or
 * action without an entry here fails the suite until it is added, with what a
 * stranger, another teacher and the owner get from it.
 *
 * Signed out: pages redirect to /login (303), actions get 401.
 * Another teacher: 404 for anything that belongs to the first teacher.
 * The owner: 200 for pages, 303 for actions (destructive ones on throw-away
 * data made for the purpose).
 */

// ---------------------------------------------------------------- the routes on disk

const ROOT = 'src/routes';
const FILES = ['+page.server.ts', '+page.ts', '+page.svelte', '+server.ts'];

interface FoundRoute {
	/** The route id, as SvelteKit names it: "/teach/classes/[classId]". */
	id: string;
	/** Form actions exported by its +page.server.ts. */
	actions: string[];
	/** HTTP methods exported by its +server.ts. */
	methods: string[];
	page: boolean;
}

function walkDirs(dir: string): string[] {
	return [
		dir,
		...readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walkDirs(path) : [];
		})
	];
}

/**
 * The property names of an `export const actions = { … }` object, at its top
 * level: the object is cut at its top-level commas (strings, comments and
 * nested brackets skipped), and each part's name read with a regex.
 */
export function actionNames(source: string): string[] {
	const start = /export\s+const\s+actions\b[^=]*=\s*\{/.exec(source);
	// Actions exported some other way would go unseen: refuse to guess.
	if (!start && /export\s*\{[^}]*\bactions\b/.test(source))
		throw new Error('actions are exported in a form this reader does not know');
	if (!start) return [];
	const parts: string[] = [];
	let part = '';
	let depth = 0;
	let quote: string | null = null;
	let i = start.index + start[0].length;
	for (; i < source.length; i++) {
		const c = source[i];
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = null;
			part += c;
			continue;
		}
		if (c === '/' && source[i + 1] === '/') {
			i = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
			continue;
		}
		if (c === '/' && source[i + 1] === '*') {
			i = source.indexOf('*/', i + 2) < 0 ? source.length : source.indexOf('*/', i + 2) + 1;
			continue;
		}
		if (c === '"' || c === "'" || c === '`') quote = c;
		else if ('([{'.includes(c)) depth++;
		else if (')]}'.includes(c) && depth-- === 0) break;
		else if (c === ',' && depth === 0) {
			parts.push(part);
			part = '';
			continue;
		}
		part += c;
	}
	if (i >= source.length) throw new Error('the actions object does not end');
	parts.push(part);
	return parts
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => {
			const name = /^(?:async\s+)?([A-Za-z_$][\w$]*|'[^']+'|"[^"]+")\s*(?::|\(|$)/.exec(p)?.[1];
			if (!name) throw new Error(`cannot read the action name in: ${p.slice(0, 80)}`);
			return name.replace(/^['"]|['"]$/g, '');
		});
}

function teacherRoutes(base: string): FoundRoute[] {
	const routes: FoundRoute[] = [];
	for (const dir of walkDirs(join(base, ROOT, 'teach'))) {
		const present = FILES.filter((f) => existsSync(join(dir, f)));
		if (!present.length) continue;
		const segments = relative(join(base, ROOT), dir)
			.split(sep)
			.filter((s) => !/^\(.*\)$/.test(s)); // route groups are not part of the URL
		const server = join(dir, '+page.server.ts');
		const endpoint = join(dir, '+server.ts');
		routes.push({
			id: `/${segments.join('/')}`,
			actions: existsSync(server) ? actionNames(readFileSync(server, 'utf8')) : [],
			methods: existsSync(endpoint)
				? [
						...readFileSync(endpoint, 'utf8').matchAll(
							/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|fallback)\b/g
						)
					].map((m) => m[1])
				: [],
			page: present.some((f) => f !== '+server.ts')
		});
	}
	return routes.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- the table

interface Ids {
	classId: string;
	assignmentId: string;
	learnerId: string;
	moduleId: string;
	/** Made to be deleted by the owner's own delete actions: an empty class, an assignment (in a class of its own), a learner of the main assignment. */
	spareClassId: string;
	spareAssignmentId: string;
	spareAssignmentClassId: string;
	spareLearnerId: string;
	/** Learners of the main assignment for the roster actions: one who never answered, one who did (removed by being ticked). */
	silentLearnerId: string;
	chosenLearnerId: string;
	/** The main assignment's join code, which the owner's "new join code" replaces. */
	joinCode: string;
	/** The owner's authored module (the test module imported): its editor's actions. */
	authoredId: string;
	/** The owner's own module (issue #11), an item of it to save and a spare one to delete. */
	authoredModuleId: string;
	authoredItemId: string;
	spareAuthoredItemId: string;
	/** The owner's assignment of that module's version 1, which has a version 2 since and no learners. */
	versionedAssignmentId: string;
}

/**
 * owned: the first teacher's; another teacher gets 404.
 * own-view: every teacher sees their own (the dashboard); nothing of the first teacher's shows.
 * catalog: the same for every signed-in teacher (the modules).
 * self: the signed-in teacher's own account; another teacher's post acts on their own account (a 303, or a
 * refusal such as a password that is not theirs), never on the first teacher's.
 */
type Scope = 'owned' | 'own-view' | 'catalog' | 'self';

/** A file in a form (multipart), as Playwright posts it. */
interface FormFile {
	name: string;
	mimeType: string;
	buffer: Buffer;
}
type Form = Record<string, string | FormFile>;

interface ActionSpec {
	/** A valid form, as the page would post it (async where it holds what the page was loaded with). */
	form: (ids: Ids) => Form | Promise<Form>;
	/** Which ids the owner's own (valid) post uses: deletions go to the spare data. Others try these and the main ids. */
	ownerIds?: (ids: Ids) => Ids;
	/** Where the owner's post redirects. */
	location: (ids: Ids) => string | RegExp;
	/** An action that answers the owner with its page (200) instead of a redirect; `location` is then unused. */
	renders?: boolean;
	/** Checks, with the owner's GET (and the page a rendering action answered with), that the action did what it says. */
	after: (
		get: (path: string) => Promise<{ status: number; body: string }>,
		ids: Ids,
		answered: string
	) => Promise<void>;
}

interface RouteSpec {
	path: (ids: Ids) => string;
	scope: Scope;
	/** What an owner's GET returns. */
	contentType: RegExp;
	/** The HTTP methods of a +server.ts endpoint (pages: none). */
	methods?: string[];
	actions: Record<string, ActionSpec>;
}

const spareClass = (ids: Ids): Ids => ({ ...ids, classId: ids.spareClassId });
const spareAssignment = (ids: Ids): Ids => ({
	...ids,
	assignmentId: ids.spareAssignmentId,
	classId: ids.spareAssignmentClassId
});
const spareLearner = (ids: Ids): Ids => ({ ...ids, learnerId: ids.spareLearnerId });
const same = (ids: Ids) => ids;
/** The ids an action is tried on: the main ones, and the spare ones its owner's check uses. */
const targets = (action: ActionSpec, ids: Ids) => [ids, (action.ownerIds ?? same)(ids)];
/** The password seed.ts signs every teacher up with. */
const PASSWORD = 'a long enough password';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HTML = /^text\/html/;

const ownerDocument = {
	documentId: 'owner-doc',
	title: 'Owner document 3W',
	outlet: 'Invented outlet',
	origin: 'Written for the authorization test',
	language: 'English'
};

/**
 * An editor action: saved on the revision the owner's editor is at, back to its section. Only the owner's own
 * actions move the revision, and each one's check reads the new one from the page (no request per form: the
 * other spellings' test posts every action twenty times).
 */
function edit(section: string, fields: Record<string, string>, check: (body: string) => void): ActionSpec {
	return {
		form: () => ({ revision: editorRevision, ...fields }),
		location: (ids) => `/teach/modules/${ids.authoredId}/edit?done=saved#${section}`,
		after: async (get, ids) => {
			const body = (await get(`/teach/modules/${ids.authoredId}/edit`)).body;
			editorRevision = revisionIn(body);
			check(body);
		}
	};
}

const ROUTES: Record<string, RouteSpec> = {
	'/teach': {
		path: () => '/teach',
		scope: 'own-view',
		contentType: HTML,
		actions: {
			create: {
				form: () => ({ name: 'Made by whoever posts' }),
				location: () => new RegExp(`^/teach/classes/${UUID}$`),
				after: async (get) => expect((await get('/teach')).body).toContain('Made by whoever posts')
			}
		}
	},
	'/teach/classes/[classId]': {
		path: (ids) => `/teach/classes/${ids.classId}`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			assign: {
				form: (ids) => ({
					moduleId: ids.moduleId,
					opensAt: '',
					closesAt: '',
					attemptsAllowed: '2',
					review: 'after-item'
				}),
				location: () => new RegExp(`^/teach/assignments/${UUID}$`),
				after: async (get, ids) => {
					const body = (await get(`/teach/classes/${ids.classId}`)).body;
					expect(body.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr[ >]/g)).toHaveLength(2);
				}
			},
			rename: {
				form: () => ({ name: 'Renamed' }),
				location: (ids) => `/teach/classes/${ids.classId}?done=renamed`,
				after: async (get, ids) =>
					expect((await get(`/teach/classes/${ids.classId}`)).body).toMatch(/<h1[^>]*>Renamed<\/h1>/)
			},
			delete: {
				form: () => ({ confirm: 'yes' }),
				ownerIds: spareClass,
				location: () => '/teach',
				after: async (get, ids) => expect((await get(`/teach/classes/${ids.classId}`)).status).toBe(404)
			}
		}
	},
	'/teach/assignments/[assignmentId]': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			close: {
				form: () => ({}),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=closed`,
				after: async (get, ids) =>
					expect((await get(`/teach/assignments/${ids.assignmentId}`)).body).toContain('Closed')
			},
			// On the spare assignment (feedback after each question): the main one holds its key back (after
			// submitting), so once closed it is not opened again (attempt-policy.test.ts has that refusal).
			reopen: {
				form: () => ({}),
				ownerIds: spareAssignment,
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=opened`,
				after: async (get, ids) => {
					// The page's own text: the teacher's messages, sent with every teacher page as JSON, hold "Closed since" too.
					const body = withoutMessages((await get(`/teach/assignments/${ids.assignmentId}`)).body);
					expect(body).toContain('Close now');
					expect(body).not.toContain('Closed since');
				}
			},
			schedule: {
				form: () => ({ opensAt: '', closesAt: '2031-01-01T10:00:00.000Z', attemptsAllowed: '7' }),
				ownerIds: spareAssignment,
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=scheduled`,
				after: async (get, ids) => {
					const body = (await get(`/teach/assignments/${ids.assignmentId}`)).body;
					expect(body).toContain('7 attempts allowed');
					expect(body).toContain('datetime="2031-01-01T10:00:00.000Z"');
				}
			},
			rename: {
				form: () => ({ name: 'Renamed assignment' }),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=renamed`,
				after: async (get, ids) =>
					expect((await get(`/teach/assignments/${ids.assignmentId}`)).body).toMatch(
						/<h1[^>]*>Renamed assignment<\/h1>/
					)
			},
			duplicate: {
				form: () => ({ name: 'The copy' }),
				location: () => new RegExp(`^/teach/assignments/${UUID}\\?done=copied$`),
				after: async (get, ids) => expect((await get(`/teach/classes/${ids.classId}`)).body).toMatch(/>The copy<\/a>/)
			},
			delete: {
				form: () => ({ confirm: 'yes' }),
				ownerIds: spareAssignment,
				location: (ids) => `/teach/classes/${ids.classId}`,
				after: async (get, ids) => expect((await get(`/teach/assignments/${ids.assignmentId}`)).status).toBe(404)
			},
			newCode: {
				form: () => ({ confirm: 'yes' }),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=code`,
				after: async (get, ids) => {
					const body = (await get(`/teach/assignments/${ids.assignmentId}`)).body;
					expect(body).not.toContain(`/join/${ids.joinCode}`);
					expect(body).toMatch(/\/join\/[ACEFHJKMNPRTWXY34679]{6}/);
				}
			},
			removeUnanswered: {
				form: () => ({ confirm: 'yes' }),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=removed`,
				after: async (get, ids) => {
					const body = (await get(`/teach/assignments/${ids.assignmentId}`)).body;
					expect(body).not.toContain(ids.silentLearnerId);
					expect(body).toContain(ids.chosenLearnerId);
					expect(body).toContain(ids.learnerId);
				}
			},
			removeSelected: {
				form: (ids) => ({ learner: ids.chosenLearnerId, confirm: 'yes' }),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=removed`,
				after: async (get, ids) => {
					const body = (await get(`/teach/assignments/${ids.assignmentId}`)).body;
					expect(body).not.toContain(ids.chosenLearnerId);
					expect(body).toContain(ids.learnerId);
				}
			},
			// On the owner's assignment of an authored module with a newer version (the main one's module is a file module).
			moveToNewestVersion: {
				form: () => ({}),
				ownerIds: (ids) => ({ ...ids, assignmentId: ids.versionedAssignmentId }),
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=moved`,
				after: async (get, ids) =>
					expect((await get(`/teach/assignments/${ids.assignmentId}`)).body).toContain(
						'This assignment uses version 2 of the module, the newest.'
					)
			}
		}
	},
	'/teach/assignments/[assignmentId]/discuss/[n]': {
		// Revealed: the page then holds the key as well as the class's answers.
		path: (ids) => `/teach/assignments/${ids.assignmentId}/discuss/1?reveal=1`,
		scope: 'owned',
		contentType: HTML,
		actions: {}
	},
	'/teach/assignments/[assignmentId]/items': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}/items`,
		scope: 'owned',
		contentType: HTML,
		actions: {}
	},
	'/teach/assignments/[assignmentId]/items/[n]': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}/items/1`,
		scope: 'owned',
		contentType: HTML,
		actions: {}
	},
	'/teach/assignments/[assignmentId]/learners/[learnerId]': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}/learners/${ids.learnerId}`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			delete: {
				form: () => ({ confirm: 'yes' }),
				ownerIds: spareLearner,
				location: (ids) => `/teach/assignments/${ids.assignmentId}?done=deleted`,
				after: async (get, ids) => {
					expect((await get(`/teach/assignments/${ids.assignmentId}/learners/${ids.learnerId}`)).status).toBe(404);
					expect((await get(`/teach/assignments/${ids.assignmentId}/results.csv`)).body).not.toContain('Spare Pupil');
				}
			}
		}
	},
	'/teach/assignments/[assignmentId]/results.csv': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}/results.csv`,
		scope: 'owned',
		contentType: /^text\/csv/,
		methods: ['GET'],
		actions: {}
	},
	'/teach/assignments/[assignmentId]/markbook.csv': {
		path: (ids) => `/teach/assignments/${ids.assignmentId}/markbook.csv`,
		scope: 'owned',
		contentType: /^text\/csv/,
		methods: ['GET'],
		actions: {}
	},
	'/teach/account': {
		path: () => '/teach/account',
		scope: 'self',
		contentType: HTML,
		actions: {
			changePassword: {
				form: () => ({
					currentPassword: PASSWORD,
					newPassword: 'a brand new passphrase',
					repeatPassword: 'a brand new passphrase'
				}),
				location: () => '/teach/account?done=password',
				// Still signed in (a new session replaces the old one), and the page says it is done.
				after: async (get) =>
					expect((await get('/teach/account?done=password')).body).toContain('Your password is changed.')
			},
			signOutOthers: {
				form: () => ({}),
				location: () => '/teach/account?done=signed-out',
				after: async (get) =>
					expect((await get('/teach/account')).body).toContain('You are not signed in anywhere else.')
			}
		}
	},
	'/teach/modules/[module]': {
		path: (ids) => `/teach/modules/${ids.moduleId}`,
		scope: 'catalog',
		contentType: HTML,
		actions: {}
	},
	'/teach/modules/new': {
		path: () => '/teach/modules/new',
		scope: 'own-view',
		contentType: HTML,
		actions: {
			create: {
				form: () => ({ title: 'Module made by whoever posts' }),
				location: () => new RegExp(`^/teach/modules/${UUID}/edit$`),
				after: async (get) => expect((await get('/teach')).body).toContain('Module made by whoever posts')
			}
		}
	},
	'/teach/modules/import': {
		path: () => '/teach/modules/import',
		scope: 'own-view',
		contentType: HTML,
		actions: {
			upload: {
				form: () => ({ archive: { name: 'module.zip', mimeType: 'application/zip', buffer: archive } }),
				location: () => new RegExp(`^/teach/modules/${UUID}/edit$`),
				// The beforeAll's import, the item editor's module, the one just made and the one made by "new".
				after: async (get) => expect((await get('/teach')).body.match(/\/edit">/g)).toHaveLength(4)
			}
		}
	},
	'/teach/modules/[module]/edit': {
		path: (ids) => `/teach/modules/${ids.authoredId}/edit`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			details: edit(
				'details',
				{ title: 'Authored by the owner', summary: 'A summary', minutes: '7', visibility: 'private' },
				(body) => expect(body).toContain('Edit: Authored by the owner')
			),
			prose: edit(
				'prose',
				{ intro: 'Owner intro 5Z', debrief: 'Owner debrief.', teacherNotes: 'Owner notes.' },
				(body) => expect(body).toContain('Owner intro 5Z')
			),
			addDocument: edit('documents', { ...ownerDocument, text: 'Owner text.\n' }, (body) =>
				expect(body).toContain('Owner document 3W')
			),
			editDocument: edit('documents', { ...ownerDocument, title: 'Owner document renamed' }, (body) =>
				expect(body).toContain('Owner document renamed')
			),
			removeDocument: edit('documents', { documentId: ownerDocument.documentId }, (body) =>
				expect(body).not.toContain('Owner document renamed')
			),
			addSpeaker: edit('speakers', { speakerId: 'clerk', name: 'Town clerk 4K', description: 'Invented' }, (body) =>
				expect(body).toContain('Town clerk 4K')
			),
			editSpeaker: edit(
				'speakers',
				{ speakerId: 'clerk', name: 'Town clerk renamed', description: 'Invented' },
				(body) => expect(body).toContain('Town clerk renamed')
			),
			removeSpeaker: edit('speakers', { speakerId: 'clerk' }, (body) =>
				expect(body).not.toContain('Town clerk renamed')
			),
			moveItem: edit('items', { itemId: 'union-count', direction: 'up' }, (body) =>
				expect(body.indexOf('/edit/items/union-count')).toBeLessThan(body.indexOf('/edit/items/holt-quote'))
			),
			deleteItem: edit('items', { itemId: 'union-count' }, (body) =>
				expect(body).not.toContain('/edit/items/union-count')
			),
			publish: {
				form: () => ({ revision: editorRevision }),
				location: (ids) => `/teach/modules/${ids.authoredId}/edit?published=1#publish`,
				after: async (get, ids) => expect((await get(`/teach/modules/${ids.authoredId}`)).status).toBe(200)
			},
			// Drafting stores suggestions (no revision: the working copy does not change); accepting one saves.
			draft: {
				form: () => ({}),
				location: (ids) => new RegExp(`^/teach/modules/${ids.authoredId}/edit\\?drafted=[1-9][0-9]*#drafts$`),
				after: async (get, ids) => {
					const body = (await get(`/teach/modules/${ids.authoredId}/edit`)).body;
					suggestionIds = [
						...new Set([...body.matchAll(/name="suggestionId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]))
					];
					expect(suggestionIds.length).toBeGreaterThanOrEqual(2);
				}
			},
			acceptSuggestion: {
				form: () => ({ revision: editorRevision, suggestionId: suggestionIds[0] ?? '' }),
				location: (ids) => `/teach/modules/${ids.authoredId}/edit?done=accepted#drafts`,
				after: async (get, ids) => {
					const body = (await get(`/teach/modules/${ids.authoredId}/edit`)).body;
					editorRevision = revisionIn(body);
					expect(body).not.toContain(suggestionIds[0]);
				}
			},
			dismissSuggestion: {
				form: () => ({ suggestionId: suggestionIds.at(-1) ?? '' }),
				location: (ids) => `/teach/modules/${ids.authoredId}/edit?done=dismissed#drafts`,
				after: async (get, ids) =>
					expect((await get(`/teach/modules/${ids.authoredId}/edit`)).body).not.toContain(suggestionIds.at(-1))
			}
		}
	},
	'/teach/modules/[module]/edit/items/[itemId]': {
		path: (ids) => `/teach/modules/${ids.authoredModuleId}/edit/items/${ids.authoredItemId}`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			save: {
				// Read when posted: each save moves the revision on, and a form on an older one is refused.
				form: (ids) => ({
					revision: String(authoredRevision(ids.authoredModuleId)),
					prompt: 'Saved by its owner: who speaks?',
					'statement.source': 'gazette',
					'statement.quote': '“We cannot keep a building open that nobody uses,”',
					'choice.0': 'holt',
					speaker: 'holt',
					mode: 'direct-quote',
					'evidence.0.source': 'gazette',
					'evidence.0.quote': 'said Mayor Dana Holt',
					explanation: 'Quotation marks.'
				}),
				location: (ids) => `/teach/modules/${ids.authoredModuleId}/edit/items/${ids.authoredItemId}?saved`,
				after: async (get, ids) =>
					expect((await get(`/teach/modules/${ids.authoredModuleId}/edit/items/${ids.authoredItemId}`)).body).toContain(
						'Saved by its owner: who speaks?'
					)
			},
			delete: {
				form: (ids) => ({ revision: String(authoredRevision(ids.authoredModuleId)) }),
				ownerIds: (ids) => ({ ...ids, authoredItemId: ids.spareAuthoredItemId }),
				location: (ids) => `/teach/modules/${ids.authoredModuleId}/edit`,
				after: async (get, ids) =>
					expect(
						(await get(`/teach/modules/${ids.authoredModuleId}/edit/items/${ids.spareAuthoredItemId}`)).status
					).toBe(404)
			}
		}
	},
	// The draft's preview (after the item editor's save: its item 1 is that saved item).
	'/teach/modules/[module]/preview': {
		path: (ids) => `/teach/modules/${ids.authoredModuleId}/preview`,
		scope: 'owned',
		contentType: HTML,
		actions: {}
	},
	'/teach/modules/[module]/preview/items/[n]': {
		path: (ids) => `/teach/modules/${ids.authoredModuleId}/preview/items/1`,
		scope: 'owned',
		contentType: HTML,
		actions: {
			answer: {
				form: () => ({ speaker: 'holt', mode: 'direct-quote' }),
				renders: true,
				location: () => '',
				// The feedback comes with the answer, and nothing is stored: the page asked again has none.
				after: async (get, ids, answered) => {
					expect(answered).toContain('id="feedback"');
					expect(answered).toContain('Saved by its owner: who speaks?');
					const again = await get(`/teach/modules/${ids.authoredModuleId}/preview/items/1`);
					expect(again.body).not.toContain('id="feedback"');
				}
			}
		}
	},
	'/teach/modules/[module]/export.zip': {
		path: (ids) => `/teach/modules/${ids.moduleId}/export.zip`,
		scope: 'catalog',
		contentType: /^application\/zip$/,
		methods: ['GET'],
		actions: {}
	}
};

// ---------------------------------------------------------------- requests

/** A page without the interface's messages it carries as JSON (src/lib/i18n/page/areas.ts). */
const withoutMessages = (page: string) => page.replace(/<script[^>]*id="messages"[\s\S]*?<\/script>/, '');

/** The revision an editor page was loaded with: every save sends it. */
const revisionIn = (page: string) => /name="revision" value="(\d+)"/.exec(page)?.[1] ?? 'none';

async function call(ctx: APIRequestContext, path: string, form?: Form | Promise<Form>): Promise<APIResponse> {
	const options = { maxRedirects: 0, failOnStatusCode: false } as const;
	if (form === undefined) return ctx.get(path, options);
	const fields = await form;
	// With a file the form goes as the page sends it, multipart; otherwise urlencoded.
	const multipart = Object.values(fields).some((value) => typeof value !== 'string');
	return multipart
		? ctx.post(path, { ...options, multipart: fields })
		: ctx.post(path, { ...options, form: fields as Record<string, string> });
}

const describe = (response: APIResponse) => `${response.status()} ${response.headers()['location'] ?? ''}`;

/** What the owner sees of their data: compared before and after everyone else's attempts. */
async function snapshot(owner: Teacher, ids: Ids): Promise<Record<string, string>> {
	const paths = [
		'/teach',
		`/teach/classes/${ids.classId}`,
		`/teach/classes/${ids.spareClassId}`,
		`/teach/classes/${ids.spareAssignmentClassId}`,
		`/teach/assignments/${ids.assignmentId}`,
		`/teach/assignments/${ids.spareAssignmentId}`,
		`/teach/assignments/${ids.assignmentId}/items`,
		`/teach/assignments/${ids.assignmentId}/items/1`,
		`/teach/assignments/${ids.assignmentId}/learners/${ids.learnerId}`,
		`/teach/assignments/${ids.assignmentId}/learners/${ids.spareLearnerId}`,
		`/teach/assignments/${ids.assignmentId}/results.csv`,
		`/teach/assignments/${ids.spareAssignmentId}/results.csv`,
		`/teach/modules/${ids.authoredId}/edit`
	];
	const pages: Record<string, string> = {};
	for (const path of paths) {
		const response = await call(owner.ctx, path);
		expect(response.status(), path).toBe(200);
		// The CSP nonce is new on every response; everything else must be the same.
		pages[path] = (await response.text()).replace(/ nonce="[^"]*"/g, ' nonce=""');
	}
	return pages;
}

// ---------------------------------------------------------------- the tests

// In order, in one worker: the owner's own actions change their data last. A failure starts a new worker, whose
// beforeAll makes fresh data, so each test still runs on data nobody has touched.
test.describe.configure({ mode: 'default' });

const projectRoot = () => dirname(test.info().config.configFile ?? join(process.cwd(), 'playwright.config.ts'));

let owner: Teacher;
let other: Teacher;
let anonymous: APIRequestContext;
let ids: Ids;
let otherAssignmentId: string;
/** The test module's export, which the owner imports. */
let archive: Buffer;
/** The revision of the owner's authored module: 1 as imported, moved on by the owner's own editor actions. */
let editorRevision = '1';
/** The suggestions "Draft items" made for the owner's authored module: set by the owner's own draft. */
let suggestionIds: string[] = [];
let before: Record<string, string>;
const CLASS_NAME = 'Owner’s class 7Q';
const LEARNER_NAME = 'Private Pupil';

test.beforeAll(async ({ baseURL }) => {
	const module = testModule();
	owner = await signUpTeacher(baseURL!, 'Ms Owner');
	const classId = await createClass(owner, CLASS_NAME);
	const assignment = await assignModule(owner, classId, module.id, { review: 'after-submit' });
	const spareClassId = await createClass(owner, 'Spare class');
	const spareAssignmentClassId = await createClass(owner, 'Class of the spare assignment');
	const spareAssignment = await assignModule(owner, spareAssignmentClassId, module.id, { review: 'after-item' });

	// A learner with an answer in each assignment, and a spare learner to delete.
	const pupil = await joinAs(baseURL!, assignment.code, LEARNER_NAME);
	await answerItem(pupil, assignment.code, 1, 'speaker=reporter&mode=reporter-claim');
	const spareInMain = await joinAs(baseURL!, assignment.code, 'Spare Pupil');
	await answerItem(spareInMain, assignment.code, 1, 'speaker=reporter&mode=direct-quote');
	const inSpare = await joinAs(baseURL!, spareAssignment.code, 'Other Pupil');
	await answerItem(inSpare, spareAssignment.code, 1, 'speaker=reporter&mode=reporter-claim');
	// For the roster actions: a learner who never answers, and one who does (so that only ticking removes them).
	const silent = await joinAs(baseURL!, assignment.code, 'Silent Pupil');
	const chosen = await joinAs(baseURL!, assignment.code, 'Chosen Pupil');
	await answerItem(chosen, assignment.code, 1, 'speaker=reporter&mode=paraphrase');
	await Promise.all([
		pupil.ctx.dispose(),
		spareInMain.ctx.dispose(),
		inSpare.ctx.dispose(),
		silent.ctx.dispose(),
		chosen.ctx.dispose()
	]);

	const learnerIds = async (assignmentId: string) => {
		const html = await pageHtml(await owner.ctx.get(`/teach/assignments/${assignmentId}`));
		return Object.fromEntries(
			[...html.matchAll(new RegExp(`href="/teach/assignments/${assignmentId}/learners/(${UUID})">([^<]+)<`, 'g'))].map(
				(m) => [m[2], m[1]]
			)
		);
	};
	const main = await learnerIds(assignment.id);
	archive = await (await owner.ctx.get(`/teach/modules/${module.id}/export.zip`)).body();
	const imported = await call(owner.ctx, '/teach/modules/import?/upload', {
		archive: { name: 'module.zip', mimeType: 'application/zip', buffer: archive }
	});
	const authoredId = new RegExp(`^/teach/modules/(${UUID})/edit$`).exec(imported.headers()['location'] ?? '')?.[1];
	ids = {
		classId,
		assignmentId: assignment.id,
		learnerId: main[LEARNER_NAME],
		moduleId: module.id,
		spareClassId,
		spareAssignmentId: spareAssignment.id,
		spareAssignmentClassId,
		spareLearnerId: main['Spare Pupil'],
		silentLearnerId: main['Silent Pupil'],
		chosenLearnerId: main['Chosen Pupil'],
		joinCode: assignment.code,
		authoredId: authoredId ?? '',
		authoredModuleId: storeAuthoredModule(owner.email, [attributionItem('item-one'), attributionItem('item-spare')]),
		authoredItemId: 'item-one',
		spareAuthoredItemId: 'item-spare',
		versionedAssignmentId: ''
	};
	ids.versionedAssignmentId = await versionedAssignment(ids.authoredModuleId);
	for (const [key, value] of Object.entries(ids)) expect(value, key).toBeTruthy();

	other = await signUpTeacher(baseURL!, 'Mr Other');
	const otherClass = await createClass(other, 'The other class');
	otherAssignmentId = (await assignModule(other, otherClass, module.id)).id;

	anonymous = await http.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' } });
	before = await snapshot(owner, ids);
	// The names a leak would show are in the owner's pages as served, so looking for them means something.
	expect(before['/teach']).toContain(CLASS_NAME);
	expect(before[`/teach/assignments/${ids.assignmentId}`]).toContain(LEARNER_NAME);
	expect(before[`/teach/assignments/${ids.assignmentId}/results.csv`]).toContain(LEARNER_NAME);
});

/**
 * Publishes the owner's module, assigns its version 1 in a class of its own, and publishes a version 2: an
 * assignment nobody has started, which its teacher may move to the newest version.
 */
async function versionedAssignment(moduleId: string): Promise<string> {
	const publish = async () => {
		const response = await call(owner.ctx, `/teach/modules/${moduleId}/edit?/publish`, {
			revision: String(authoredRevision(moduleId))
		});
		expect(response.status(), 'publish').toBe(303);
	};
	await publish();
	const assignment = await assignModule(owner, await createClass(owner, 'Class of the versioned assignment'), moduleId);
	const details = await call(owner.ctx, `/teach/modules/${moduleId}/edit?/details`, {
		revision: String(authoredRevision(moduleId)),
		title: 'Authored: a library closes',
		summary: 'Version 2.',
		minutes: '6',
		visibility: 'private'
	});
	expect(details.status(), 'details').toBe(303);
	await publish();
	return assignment.id;
}

test.afterAll(async () => {
	await Promise.all([owner?.ctx.dispose(), other?.ctx.dispose(), anonymous?.dispose()]);
});

test('the table covers every route, endpoint method and action under /teach', () => {
	const found = teacherRoutes(projectRoot());
	// The discovery itself works: it sees the routes this test was written against.
	expect(found.map((r) => r.id)).toEqual(
		expect.arrayContaining(['/teach', '/teach/assignments/[assignmentId]/results.csv'])
	);
	expect(found.find((r) => r.id === '/teach/classes/[classId]')?.actions).toEqual(['assign', 'rename', 'delete']);

	const missing: string[] = [];
	for (const route of found) {
		const spec = ROUTES[route.id];
		if (!spec) {
			missing.push(`${route.id}: no entry in the table`);
			continue;
		}
		for (const action of route.actions) if (!spec.actions[action]) missing.push(`${route.id}?/${action}: no entry`);
		for (const action of Object.keys(spec.actions)) {
			if (!route.actions.includes(action)) missing.push(`${route.id}?/${action}: in the table, not in the code`);
		}
		expect(spec.methods ?? [], `${route.id}: endpoint methods`).toEqual(route.methods);
		if (!route.page && !route.methods.length) missing.push(`${route.id}: neither page nor endpoint`);
	}
	for (const id of Object.keys(ROUTES)) {
		if (!found.some((r) => r.id === id)) missing.push(`${id}: in the table, not on disk`);
	}
	expect(missing, 'routes and actions without an authorization test').toEqual([]);
});

test('the action reader reads actions in every form they are written', () => {
	expect(actionNames('export const actions: Actions = {\n\tdefault: async () => {}\n};')).toEqual(['default']);
	expect(
		actionNames(
			'export const actions = {\n  a: async ({ request }) => {\n    const x = { b: 1 };\n  },\n  async c(event) {},\n  "d-e": f,\n  g\n} satisfies Actions;'
		)
	).toEqual(['a', 'c', 'd-e', 'g']);
	expect(actionNames('export const actions = { one: a, two: b };')).toEqual(['one', 'two']);
	expect(actionNames('export const load = () => ({});')).toEqual([]);
	expect(() => actionNames('const actions = {};\nexport { actions };')).toThrow();
	expect(() => actionNames('export const actions = { ...shared, own: a };')).toThrow();
	// Braces and commas in strings, comments and nested code are not properties.
	expect(
		actionNames(
			'export const actions = {\n\t// x: 1, y: {\n\tsave: async () => fail(400, { m: "a, b: {" }),\n\t/* z, */ drop: (e) => [e, 1]\n};'
		)
	).toEqual(['save', 'drop']);
});

test('signed out: every page redirects to sign in, every action is refused, nothing changes', async () => {
	const wrong: string[] = [];
	for (const [id, spec] of Object.entries(ROUTES)) {
		const path = spec.path(ids);
		const get = await call(anonymous, path);
		if (get.status() !== 303 || get.headers()['location'] !== `/login?next=${encodeURIComponent(path)}`) {
			wrong.push(`GET ${id}: ${describe(get)}`);
		}
		for (const method of (spec.methods ?? []).filter((m) => m !== 'GET')) {
			const response = await anonymous.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
			if (response.status() !== 401) wrong.push(`${method} ${id}: ${describe(response)}`);
		}
		for (const [name, action] of Object.entries(spec.actions)) {
			for (const target of targets(action, ids)) {
				const response = await call(anonymous, `${spec.path(target)}?/${name}`, action.form(target));
				if (response.status() !== 401) wrong.push(`POST ${id}?/${name}: ${describe(response)}`);
			}
		}
	}
	expect(wrong).toEqual([]);
	expect(await snapshot(owner, ids)).toEqual(before);
});

test('another teacher: 404 on the first teacher’s pages, CSV and actions, nothing changes', async () => {
	const wrong: string[] = [];
	const leaks = (body: string) => body.includes(CLASS_NAME) || body.includes(LEARNER_NAME);
	// Every GET first, so that an action wrongly allowed (a deletion, say) cannot hide what a page would show.
	for (const [id, spec] of Object.entries(ROUTES)) {
		const get = await call(other.ctx, spec.path(ids));
		const expected = spec.scope === 'owned' ? 404 : 200;
		if (get.status() !== expected) wrong.push(`GET ${id}: ${describe(get)}, expected ${expected}`);
		if (leaks(await get.text())) wrong.push(`GET ${id}: shows the first teacher’s class or learner`);
	}
	// The learner's page with the other teacher's own assignment and the first teacher's learner: still not theirs.
	for (const learnerId of [ids.learnerId, ids.spareLearnerId]) {
		const crossed = `/teach/assignments/${otherAssignmentId}/learners/${learnerId}`;
		const get = await call(other.ctx, crossed);
		if (get.status() !== 404) wrong.push(`GET ${crossed}: ${describe(get)}`);
		const post = await call(other.ctx, `${crossed}?/delete`, { confirm: 'yes' });
		if (post.status() !== 404) wrong.push(`POST ${crossed}?/delete: ${describe(post)}`);
	}
	for (const [id, spec] of Object.entries(ROUTES)) {
		for (const method of (spec.methods ?? []).filter((m) => m !== 'GET')) {
			const response = await other.ctx.fetch(spec.path(ids), { method, maxRedirects: 0, failOnStatusCode: false });
			if (spec.scope === 'owned' && response.status() !== 404) wrong.push(`${method} ${id}: ${describe(response)}`);
		}
		for (const [name, action] of Object.entries(spec.actions)) {
			for (const target of targets(action, ids)) {
				const response = await call(other.ctx, `${spec.path(target)}?/${name}`, action.form(target));
				// The dashboard's action makes a class of the other teacher's own, the account page's act on their own
				// account (or refuse a password that is not theirs); everything else is not theirs.
				const ok =
					spec.scope === 'owned'
						? response.status() === 404
						: spec.scope === 'self'
							? [303, 400].includes(response.status())
							: response.status() === 303;
				if (!ok) wrong.push(`POST ${id}?/${name}: ${describe(response)}`);
				if (leaks(await response.text())) wrong.push(`POST ${id}?/${name}: shows the first teacher’s data`);
			}
		}
	}
	expect(wrong).toEqual([]);

	// The other teacher's dashboard has their own classes only.
	const dashboard = await (await call(other.ctx, '/teach')).text();
	expect(dashboard).toContain('The other class');
	expect(dashboard).not.toContain(CLASS_NAME);
	expect(await snapshot(owner, ids)).toEqual(before);
});

// ---------------------------------------------------------------- other spellings of the same paths

/*
 * SvelteKit matches routes on the decoded path, so "/%74each/…" is the same
 * page as "/teach/…"; a check on the raw path let the module preview out to
 * anyone. Each route of the table (which the first test holds to what is on
 * disk, so a new teacher route is covered as soon as it has its entry) is
 * asked for under other spellings a client or a proxy might send: page, its
 * __data.json and the CSV, and every action. Signed out or as another teacher,
 * none may show the owner's class, learners, key or teacher notes: a redirect
 * to sign in, 401 or 404 are the answers.
 */
/**
 * What a __data.json answer stands for: SvelteKit sends 200 with a redirect,
 * or with the nodes' data and, for a load that failed, its error and status.
 */
function dataOutcome(text: string): { status: number; location: string } {
	const json = JSON.parse(text) as {
		type: string;
		location?: string;
		status?: number;
		nodes?: Array<{ type: string; status?: number } | null>;
	};
	if (json.type === 'redirect') return { status: 303, location: json.location ?? '' };
	if (json.type === 'error') return { status: json.status ?? 500, location: '' };
	const failed = json.nodes?.find((node) => node?.type === 'error');
	return { status: failed ? (failed.status ?? 500) : 200, location: '' };
}

const SPELLINGS: Record<string, (path: string) => string> = {
	'%74each': (p) => p.replace(/^\/teach/, '/%74each'),
	'teac%68': (p) => p.replace(/^\/teach/, '/teac%68'),
	'%54EACH': (p) => p.replace(/^\/teach/, '/%54EACH'),
	'encoded second segment': (p) =>
		p.replace(/^\/teach\/([a-z])/, (_, c: string) => `/teach/%${c.charCodeAt(0).toString(16)}`),
	'encoded slash': (p) => p.replace(/^\/teach\//, '/teach%2F'),
	'//teach': (p) => `/${p}`,
	'/teach//': (p) => p.replace(/^\/teach\/?/, '/teach//'),
	'/Teach': (p) => p.replace(/^\/teach/, '/Teach'),
	'/TEACH': (p) => p.replace(/^\/teach/, '/TEACH'),
	'/teach/./': (p) => p.replace(/^\/teach\/?/, '/teach/%2e/')
};

test('other spellings of every teacher path (encoded, doubled slashes, other case) show nothing of the owner’s', async ({
	baseURL
}) => {
	// Every teacher route in ten other spellings, its data and its actions, as two visitors: one request after the
	// other. 49 s in a CI run at load 9, over the 60 s default in one at load 10.
	test.setTimeout(180_000);
	const module = testModule();
	const publicWords = publicText(module);
	const secret = (text: string) => {
		const probe = distinctive(text, publicWords);
		if (!probe) throw new Error(`nothing distinctive in “${text.slice(0, 60)}…”`);
		return probe;
	};
	// What only a teacher may see of the module, and what only the owner may see of their class.
	const keyProbes = [
		secret(keyTexts(module.items[0])[0].text),
		secret(proseSentences(`${moduleFolder(module)}/teacher-notes.svx`)[0])
	];
	const ownerProbes = [plain(CLASS_NAME), plain(LEARNER_NAME)];
	const preview = plain(await pageHtml(await call(owner.ctx, `/teach/modules/${module.id}`)));
	for (const probe of keyProbes) expect(preview, 'the probes are in the preview as served').toContain(probe);

	const wrong: string[] = [];
	/** Leaks, errors and redirects elsewhere; and a page that answers at all where it must not. */
	const check = async (who: 'anonymous' | 'other', id: string, label: string, response: APIResponse, post = false) => {
		const text = await pageHtml(response);
		const body = plain(text);
		const probes = who === 'anonymous' ? [...ownerProbes, ...keyProbes] : ownerProbes;
		const leaked = probes.filter((probe) => body.includes(probe));
		// A data request answers 200 whatever happened, and says in its JSON what it would have been.
		const { status, location } =
			/\/__data\.json$/.test(new URL(response.url()).pathname) && response.status() === 200
				? dataOutcome(text)
				: { status: response.status(), location: response.headers()['location'] ?? '' };
		if (leaked.length) wrong.push(`${who} ${label} (${id}): ${status}, shows ${leaked.join(' | ')}`);
		// Signed out, and another teacher on the owner's things, get nothing; the catalog and the dashboard are everyone's.
		const refused = who === 'anonymous' || ROUTES[id].scope === 'owned';
		if (status >= 500) wrong.push(`${who} ${label} (${id}): ${status}`);
		else if (status >= 300 && status < 400 && !/^\/(?!\/)/.test(location))
			wrong.push(`${who} ${label}: redirect to ${location}`);
		// A post may be sent on (307/308: SvelteKit's trailing-slash redirect), never done (a 303 after an action).
		else if (refused && (post ? status < 307 || (status > 308 && status < 400) : status < 300)) {
			wrong.push(`${who} ${label} (${id}): ${status} ${location}`);
		}
	};

	// Absolute URLs, so that "//teach/…" is a path on this server and not a host called "teach".
	const at = (url: string) => new URL(baseURL!).origin + url;
	const found = teacherRoutes(projectRoot());
	expect(found.length).toBeGreaterThan(5);
	for (const route of found) {
		const spec = ROUTES[route.id];
		expect(spec, `${route.id} has an entry in the table`).toBeTruthy();
		const path = spec.path(ids);
		const paths = route.page ? [path, `${path}/__data.json`] : [path];
		for (const [name, spell] of Object.entries(SPELLINGS)) {
			for (const url of paths.map(spell)) {
				if (paths.includes(url)) continue; // a spelling that changes nothing in this path
				await check('anonymous', route.id, `GET ${url}`, await call(anonymous, at(url)));
				await check('other', route.id, `GET ${url}`, await call(other.ctx, at(url)));
			}
			if (spell(path) === path) continue;
			for (const [action, actionSpec] of Object.entries(spec.actions)) {
				const url = `${spell(path)}?/${action}`;
				for (const [who, ctx] of [
					['anonymous', anonymous],
					['other', other.ctx]
				] as const) {
					await check(who, route.id, `POST ${url} (${name})`, await call(ctx, at(url), actionSpec.form(ids)), true);
				}
			}
		}
	}
	expect(wrong).toEqual([]);
	expect(await snapshot(owner, ids)).toEqual(before);
});

test('the owner: every page is 200, every action 303 and does what it says', async () => {
	const wrong: string[] = [];
	for (const [id, spec] of Object.entries(ROUTES)) {
		const get = await call(owner.ctx, spec.path(ids));
		if (get.status() !== 200) wrong.push(`GET ${id}: ${describe(get)}`);
		else if (!spec.contentType.test(get.headers()['content-type'] ?? '')) {
			wrong.push(`GET ${id}: content type ${get.headers()['content-type']}`);
		}
	}
	expect(wrong).toEqual([]);

	// Actions, in the table's order (close before reopen; deletions on the spare data).
	const get = async (path: string) => {
		const response = await call(owner.ctx, path);
		return { status: response.status(), body: await pageHtml(response) };
	};
	for (const [id, spec] of Object.entries(ROUTES)) {
		for (const [name, action] of Object.entries(spec.actions)) {
			const target = (action.ownerIds ?? same)(ids);
			const response = await call(owner.ctx, `${spec.path(target)}?/${name}`, action.form(target));
			const status = action.renders ? 200 : 303;
			expect(response.status(), `POST ${id}?/${name}: ${(await response.text()).slice(0, 300)}`).toBe(status);
			const location = action.location(target);
			if (action.renders) expect(response.headers()['location'], `${id}?/${name}`).toBeUndefined();
			else if (typeof location === 'string') expect(response.headers()['location'], `${id}?/${name}`).toBe(location);
			else expect(response.headers()['location'], `${id}?/${name}`).toMatch(location);
			await action.after(get, target, action.renders ? await pageHtml(response) : '');
		}
	}
	// The deletions took only what they were asked to.
	expect((await get(`/teach/assignments/${ids.assignmentId}/learners/${ids.learnerId}`)).status).toBe(200);
	expect((await get(`/teach/classes/${ids.spareAssignmentClassId}`)).status).toBe(200);
	expect((await get('/teach')).body).toContain('Renamed');
});
