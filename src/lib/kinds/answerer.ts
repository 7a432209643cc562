import { getLocale } from '$lib/paraglide/runtime';

/**
 * Who gave the answer that a Feedback view describes, as its sentences name
 * them: the reader on their own pages ("You chose …"), or a learner by name on
 * their teacher's page for them ("Ana chose …"). Every kind says it the same way.
 */
export interface Answerer {
	/** At the start of a sentence: "You", "Ana". */
	They: string;
	/** Inside a sentence: "you", "Ana". */
	they: string;
	/** Whose: "your", "Ana’s". */
	their: string;
	/** The reader themselves: German conjugates for them ("Du hast …", "Ana hat …"), so its sentences branch on it. */
	self: boolean;
}

/** The answerer for a Feedback view's `learner` prop: unset is the reader themselves. */
export function answerer(learner?: string): Answerer {
	const name = learner?.trim();
	const german = getLocale() === 'de';
	if (!name)
		return german
			? { They: 'Du', they: 'du', their: 'dein', self: true }
			: { They: 'You', they: 'you', their: 'your', self: true };
	return { They: name, they: name, their: german ? `${name}s` : `${name}’s`, self: false };
}
