import type { Word } from './nlp';

/*
 * Verbs of saying, by lemma: the cue that someone is being reported. Our own
 * list, kept to verbs whose subject is the one who speaks (not "hear" or
 * "learn"). Dispute cues are a subset the claims step reads too.
 */
export const REPORTING = new Set([
	'say',
	'tell',
	'stress',
	'add',
	'lament',
	'recall',
	'announce',
	'warn',
	'insist',
	'claim',
	'argue',
	'explain',
	'note',
	'state',
	'declare',
	'denounce',
	'condemn',
	'reject',
	'acknowledge',
	'admit',
	'confirm',
	'demand',
	'reproach',
	'reply',
	'respond',
	'accuse',
	'deny',
	'write',
	'ask',
	'suggest',
	'complain',
	'promise',
	'predict',
	'assert',
	'repeat',
	'emphasise',
	'emphasize',
	'maintain',
	'report',
	'allege',
	'admit',
	'concede',
	'dispute',
	'contest',
	'refute',
	'dismiss',
	'criticise',
	'criticize',
	'praise',
	'urge',
	'agree',
	'advance'
]);

/** Verbs (by lemma) that dispute what someone else says. */
export const DISPUTING = new Set(['deny', 'reject', 'contest', 'dispute', 'refute', 'dismiss', 'contradict']);

/** Verbs (by lemma) of granting a claim, which after "refused to" or "declined to" reject it instead. */
const GRANTING = new Set([
	'accept',
	'admit',
	'acknowledge',
	'concede',
	'believe',
	'confirm',
	'agree',
	'recognise',
	'recognize'
]);

/**
 * "refused to accept that …", "declined to confirm that …": a refusal to grant
 * a claim disputes it as a denial does, so the clause after it is not the
 * refuser's own statement. Returns the refusing verb before a verb of granting,
 * or null.
 */
export function refusalBefore(words: Word[], w: Word): Word | null {
	if (!GRANTING.has(w.lemma)) return null;
	const to = words[w.i - 1];
	const refuse = words[w.i - 2];
	if (to?.text.toLowerCase() !== 'to' || !refuse) return null;
	return /^(refuse|decline)$/.test(refuse.lemma) || /^(refus|declin)/i.test(refuse.text) ? refuse : null;
}

/**
 * Nouns that report what someone said, when a "that" clause follows them ("a
 * statement by the minister that …", "the mayor’s announcement that …"): the
 * clause is the owner's reported speech, whoever the sentence's subject is.
 */
export const REPORTING_NOUNS = new Set([
	'statement',
	'announcement',
	'claim',
	'assertion',
	'assurance',
	'warning',
	'promise',
	'pledge',
	'accusation',
	'allegation',
	'admission',
	'insistence',
	'suggestion',
	'remark',
	'argument'
]);
