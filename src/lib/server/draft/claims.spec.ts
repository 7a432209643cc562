import { describe, expect, it } from 'vitest';
import { readAll } from './draft';
import { findCarried, findDisputes } from './claims';
import { findContrasts } from './contrasts';
import { all } from './fixtures';

const readings = readAll(all);
const carried = findCarried(readings);
const disputes = findDisputes(readings);

describe('claims across reports', () => {
	it('find a claim two reports carry in different words', () => {
		const both = carried.find((c) => c.evidence.some((e) => e.text.includes('According to the council')));
		expect(both?.carriedBy).toEqual(['ferry-a', 'ferry-b']);
		expect(both?.evidence.map((e) => e.text)).toEqual([
			'According to the council, the service lost money every month last year.',
			'The ferry lost money every month last year, the council said.'
		]);
	});

	it('find statements only one report carries, and never pair a sentence twice', () => {
		const single = carried.filter((c) => c.carriedBy.length === 1);
		expect(single.length).toBeGreaterThan(0);
		const paired = carried
			.filter((c) => c.carriedBy.length === 2)
			.flatMap((c) => c.evidence.map((e) => `${e.source}:${e.start}`));
		expect(new Set(paired).size).toBe(paired.length);
	});

	it('read "denied that …": the clause is the claim, the subject disputes it', () => {
		const denial = disputes.find((d) => d.claim === 'it had promised to keep the ferry running');
		expect(denial).toMatchObject({ disputers: ['harbourCouncil'], reportedIn: ['ferry-a'] });
	});

	it('read "rejected the accusations" as disputing the last statement someone else made', () => {
		const rejection = disputes.find((d) => d.evidence.some((e) => e.text.includes('rejected the accusations')));
		expect(rejection).toMatchObject({ asserters: ['okafor'], disputers: ['brennan'], reportedIn: ['ferry-b'] });
		expect(rejection?.claim).toBe('the mayor had promised in January that the ferry was safe');
	});

	it('read "did not confirm" as a dispute cue', () => {
		const unconfirmed = disputes.find((d) => d.reportedIn[0] === 'bakery');
		expect(unconfirmed?.asserters).toEqual(['ruiz']);
		expect(unconfirmed?.evidence[0].text).toBe('The owners did not confirm the strike.');
	});

	it('count as asserters both the one whose claim is named and whoever says much the same elsewhere', () => {
		const pair = readAll([
			{
				id: 'x',
				raw: 'Shopkeeper Tom Okafor spoke on Monday. The Harbour Council did not confirm Okafor’s claim that the ferry will sail again in May.'
			},
			{ id: 'y', raw: 'Mayor Ada Brennan said the ferry will sail again in May.' }
		]);
		expect(findDisputes(pair)).toMatchObject([
			{ claim: 'the ferry will sail again in May', asserters: ['okafor', 'brennan'], disputers: ['harbourCouncil'] }
		]);
	});

	it('count the same event at the same time as asserting, but not at another month or in a negated statement', () => {
		const claim =
			'The Harbour Council did not confirm Okafor’s claim that the repairs of the ferry will start in June.';
		const others = (y: string) =>
			findDisputes(
				readAll([
					{ id: 'x', raw: `Shopkeeper Tom Okafor spoke on Monday. ${claim}` },
					{ id: 'y', raw: y }
				])
			);
		const moen = 'Engineer Lars Moen wrote that his team would';
		expect(others(`${moen} begin the first stage of the repairs on the north wall in June.`)).toMatchObject([
			{ asserters: ['okafor', 'moen'], disputers: ['harbourCouncil'] }
		]);
		expect(others(`${moen} begin the first stage of the repairs on the north wall in July.`)).toMatchObject([
			{ asserters: ['okafor'] }
		]);
		expect(others(`${moen} not begin the first stage of the repairs on the north wall in June.`)).toMatchObject([
			{ asserters: ['okafor'] }
		]);
	});

	it('draft opposite words about one named thing as a dispute, but not a speaker who weighs both words', () => {
		const lund = 'Minister Eva Lund said that the Kessel bridge is a safe crossing.';
		const contrasts = (shah: string) => findContrasts(readAll([{ id: 'x', raw: `${lund} ${shah}` }]));
		expect(contrasts('Engineer Ravi Shah said that the Kessel bridge is a dangerous crossing.')).toMatchObject([
			{ claim: 'Kessel bridge is a safe crossing', asserters: ['lund'], disputers: ['shah'] }
		]);
		expect(
			contrasts(
				'Engineer Ravi Shah said that the Kessel bridge is a safe crossing for cars and a dangerous crossing for bikes.'
			)
		).toEqual([]);
	});

	it('take "X is contested by A and by B" as A and B disputing the statement before', () => {
		const [r] = readAll([
			{
				id: 'x',
				raw: 'Mayor Ada Brennan said that the ferry had never made a profit. This account is contested by the Harbour Council and by Tom Okafor, among others.'
			}
		]);
		expect(findDisputes([r])).toMatchObject([{ asserters: ['brennan'], disputers: ['harbourCouncil', 'okafor'] }]);
	});
});
