/** Helpers the kinds' `sample` functions share: picks from a list with the caller's random numbers. */

/** One of the values, chosen with `random` in [0, 1). */
export const pick = <T>(values: readonly T[], random: () => number): T =>
	values[Math.min(values.length - 1, Math.floor(random() * values.length))];

/** Each value kept with probability `share`, in the order given. */
export const someOf = <T>(values: readonly T[], random: () => number, share = 0.5): T[] =>
	values.filter(() => random() < share);

/** The values not chosen, in the order given. */
export const complement = <T>(all: readonly T[], chosen: readonly T[]): T[] => all.filter((x) => !chosen.includes(x));

/** A small seeded generator (mulberry32), so that made-up responses are the same on every run. */
export function seeded(seed: string): () => number {
	let state = 0;
	for (const char of seed) state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Form fields as a browser posts them: what `toForm` gives, ready for `fromForm`. */
export function formData(entries: ReadonlyArray<readonly [string, string]>): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}
