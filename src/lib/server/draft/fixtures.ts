/*
 * Short reports of invented events, written for these tests in our own words.
 * Each covers cases the drafter must handle: "according to", nested quotes, a
 * quote running over two paragraphs, a pronoun and an organisation as speaker,
 * scare quotes in a headline, a broken quote mark, a denial.
 */

export const ferryA = `---
title: Town council to "pause" island ferry
outlet: The Harbour Gazette
origin: Invented for the drafter's tests.
language: English
not_article:
  - quote: Read more stories
    why: A link under the article.
---
Council to “pause” island ferry after a costly winter

The Harbour Council said on Monday that the ferry to Gull Island would stop running in March.

Mayor Ada Brennan defended the decision. “We cannot pay for a boat that sails half empty,” she said at a meeting in the town hall.

“The islanders will have a bus and a smaller boat twice a week.

“Nobody will be left without a way to the mainland,” Brennan added.

According to the council, the service lost money every month last year.

Islanders called the plan a “betrayal”. Tom Okafor, who runs the island shop, said the mayor had told him ‘the ferry is safe’ only in January. “She said, ‘the ferry is safe,’ and now this,” he said.

The council denied that it had promised to keep the ferry running.

Read more stories`;

export const ferryB = `Gull Island ferry to stop in March

Islanders are angry after the town council decided to end the ferry service to Gull Island in March.

The ferry lost money every month last year, the council said. Critics say the figures leave out the summer tourists.

Shopkeeper Tom Okafor said the mayor had promised in January that the ferry was safe. Mayor Ada Brennan rejected the accusations and said no promise had been made.

The Harbour Council has not confirmed how often the smaller boat will sail.`;

/** Marks that a copy lost or turned round, as in machine-translated texts. */
export const broken = `Workers at the bakery speak out

The union said the owners were “unfair to the night shift.

Its spokesperson, Lena Ruiz, called the new rota “impossible“and the pay “a joke”. “We will strike on Friday,” she said.

The owners did not confirm the strike.`;

export const all = [
	{ id: 'ferry-a', raw: ferryA },
	{ id: 'ferry-b', raw: ferryB },
	{ id: 'bakery', raw: broken }
];
