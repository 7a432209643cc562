/*
 * The inlang message format ({ "key": "Text with {param}" }), read from local files. The published plugin is
 * loaded from a CDN at compile time, which neither a fresh clone nor CI may reach; this covers the part the
 * app uses: flat keys, plain text and {variables} (no plurals or selectors: the app words counts so that the
 * number stands alone, "Answered: 3"). It is loaded by the inlang SDK as a data: URL, so it imports nothing.
 */
const key = 'plugin.local.messageFormat';

/**
 * "Hello {name}" → a pattern of text and variable parts, and the variables it declares.
 * @param {string} text
 */
function parse(text) {
	/** @type {import('@inlang/sdk').Pattern} */
	const pattern = [];
	/** @type {import('@inlang/sdk').Declaration[]} */
	const declarations = [];
	for (const part of text.split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/)) {
		if (part === '') continue;
		if (/^\{.*\}$/.test(part)) {
			const name = part.slice(1, -1);
			if (!declarations.some((d) => d.name === name)) declarations.push({ type: 'input-variable', name });
			pattern.push({ type: 'expression', arg: { type: 'variable-reference', name } });
		} else pattern.push({ type: 'text', value: part });
	}
	return { pattern, declarations };
}

/** @type {import('@inlang/sdk').InlangPlugin<{ [key]: { pathPattern: string } }>} */
export default {
	key,
	toBeImportedFiles: ({ settings }) =>
		settings.locales.map((locale) => ({ locale, path: settings[key].pathPattern.replace('{locale}', locale) })),
	importFiles: ({ files }) => {
		/** @type {Map<string, import('@inlang/sdk').Bundle>} */
		const bundles = new Map();
		/** @type {import('@inlang/sdk').MessageImport[]} */
		const messages = [];
		/** @type {import('@inlang/sdk').VariantImport[]} */
		const variants = [];
		for (const file of files) {
			const json = JSON.parse(new TextDecoder().decode(file.content));
			for (const [id, text] of Object.entries(json)) {
				if (id === '$schema') continue;
				if (typeof text !== 'string') throw new Error(`${file.locale}.json: "${id}" is not a string`);
				const { pattern, declarations } = parse(text);
				const bundle = bundles.get(id) ?? { id, declarations: [] };
				for (const d of declarations)
					if (!bundle.declarations.some((b) => b.name === d.name)) bundle.declarations.push(d);
				bundles.set(id, bundle);
				messages.push({ bundleId: id, locale: file.locale, selectors: [] });
				variants.push({ messageBundleId: id, messageLocale: file.locale, matches: [], pattern });
			}
		}
		return { bundles: [...bundles.values()], messages, variants };
	},
	// The message files are written by hand; nothing exports back into them.
	exportFiles: () => []
};
