/*
 * Loaded words, with what each connotes and a plainer word where there is one.
 * Our own data, written for this project (no list copied from elsewhere): a
 * short list of words that news reports use to judge while they seem to report,
 * keyed by lemma. `weight` is how sure we are that the word judges in most
 * contexts (0 to 1); verbs of saying (`saying: true`) are loaded only as the
 * reporter's choice, outside quotation marks. Kept short on purpose: a drafter
 * that flags every adjective teaches doubt, not discernment.
 */

export interface LexiconEntry {
	connotes: string;
	neutral: string | null;
	weight: number;
	saying?: true;
}

const say = (connotes: string, weight: number, neutral = 'said'): LexiconEntry => ({
	connotes,
	neutral,
	weight,
	saying: true
});

export const LEXICON: Record<string, LexiconEntry> = {
	// Verbs of saying that tell the reader how to take the words.
	lament: say('sorrow or complaint, a mood the reporter gives the speaker', 0.7),
	denounce: say('a public accusation, as if the fault were established', 0.7, 'criticised'),
	condemn: say('moral judgment, in the headline’s voice when outside quotes', 0.65, 'criticised'),
	claim: say('doubt that the statement is true', 0.55),
	admit: say('that the speaker owns up to something wrong', 0.6),
	concede: say('that the speaker gives ground unwillingly', 0.5),
	insist: say('stubbornness against doubt', 0.45),
	boast: say('vanity', 0.7),
	slam: say('violent anger', 0.75, 'criticised'),
	blast: say('violent anger', 0.7, 'criticised'),
	allege: say('an accusation not yet proven', 0.35),
	reveal: say('that what was said is a hidden truth', 0.45),
	warn: say('danger the speaker foresees, taken as real', 0.35),
	lash: say('anger out of control', 0.7, 'criticised'),
	// Words that judge people, acts or talk.
	aggression: { connotes: 'unprovoked attack, with blame', neutral: 'military action', weight: 0.7 },
	aggressive: { connotes: 'hostility and blame', neutral: 'forceful', weight: 0.6 },
	provocation: { connotes: 'deliberate incitement, with blame', neutral: 'action', weight: 0.6 },
	inflammatory: { connotes: 'words meant to stir anger', neutral: 'strongly worded', weight: 0.65 },
	incendiary: { connotes: 'words like arson, meant to set things alight', neutral: 'strongly worded', weight: 0.7 },
	bellicose: { connotes: 'eagerness for war', neutral: 'confrontational', weight: 0.75 },
	warmonger: { connotes: 'someone who wants war', neutral: null, weight: 0.8 },
	rhetoric: { connotes: 'empty or manipulative talk', neutral: 'statements', weight: 0.45 },
	brainwashing: { connotes: 'minds controlled by force or deceit', neutral: 'propaganda or education', weight: 0.75 },
	propaganda: { connotes: 'deliberate deceit', neutral: 'messaging', weight: 0.6 },
	regime: { connotes: 'an illegitimate or oppressive government', neutral: 'government', weight: 0.65 },
	radical: { connotes: 'dangerous extremism', neutral: 'activist', weight: 0.55 },
	extremist: { connotes: 'dangerous, beyond reason', neutral: 'activist', weight: 0.65 },
	terrorist: { connotes: 'violence against civilians, beyond debate', neutral: 'armed fighter', weight: 0.6 },
	thug: { connotes: 'brutality', neutral: 'attacker', weight: 0.75 },
	mob: { connotes: 'a crowd without reason', neutral: 'crowd', weight: 0.6 },
	horde: { connotes: 'a threatening mass', neutral: 'large group', weight: 0.75 },
	swarm: { connotes: 'people as pests', neutral: 'arrive in numbers', weight: 0.7 },
	flood: { connotes: 'an overwhelming danger', neutral: 'arrive in numbers', weight: 0.4 },
	invasion: { connotes: 'hostile entry, with blame', neutral: 'entry', weight: 0.4 },
	betrayal: { connotes: 'broken loyalty, with blame', neutral: 'broken promise', weight: 0.7 },
	scandal: { connotes: 'wrongdoing taken as shown', neutral: 'controversy', weight: 0.55 },
	fiasco: { connotes: 'humiliating failure', neutral: 'failure', weight: 0.65 },
	disaster: { connotes: 'catastrophe', neutral: 'failure', weight: 0.4 },
	chaos: { connotes: 'total disorder', neutral: 'disruption', weight: 0.5 },
	outrage: { connotes: 'moral fury', neutral: 'criticism', weight: 0.5 },
	lie: { connotes: 'deliberate untruth', neutral: 'false statement', weight: 0.55 },
	slash: { connotes: 'violent cutting', neutral: 'cut', weight: 0.55 },
	axe: { connotes: 'brutal ending', neutral: 'end', weight: 0.55 },
	commendable: { connotes: 'praise', neutral: null, weight: 0.6 },
	heroic: { connotes: 'praise beyond description', neutral: 'brave', weight: 0.6 },
	brave: { connotes: 'praise', neutral: null, weight: 0.35 },
	restraint: { connotes: 'self-control under provocation, with praise', neutral: 'caution', weight: 0.35 },
	defensive: { connotes: 'innocent intent, a contested claim', neutral: null, weight: 0.35 },
	illegally: { connotes: 'a legal verdict given as fact', neutral: null, weight: 0.4 },
	unacceptable: { connotes: 'a verdict, not a description', neutral: 'opposed', weight: 0.4 },
	inadmissible: { connotes: 'a verdict, not a description', neutral: 'opposed', weight: 0.45 },
	massive: { connotes: 'exaggerated size', neutral: 'large', weight: 0.35 },
	notorious: { connotes: 'known for something bad', neutral: 'known', weight: 0.6 },
	infamous: { connotes: 'known for something bad', neutral: 'known', weight: 0.6 },
	draconian: { connotes: 'cruelly harsh', neutral: 'strict', weight: 0.7 },
	crackdown: { connotes: 'harsh repression', neutral: 'enforcement', weight: 0.55 },
	crisis: { connotes: 'urgent danger', neutral: 'situation', weight: 0.25 },
	threat: { connotes: 'danger', neutral: null, weight: 0.25 },
	costly: { connotes: 'waste', neutral: 'expensive', weight: 0.3 }
};

/** A word that starts "anti-" labels a stance as hostility ("anti-Russian"): a loaded label in most reports. */
export const ANTI_LABEL: LexiconEntry = { connotes: 'a label of hostility', neutral: null, weight: 0.55 };
