import { defineModule } from '$lib/modules/module';

export default defineModule({
	title: 'Two reports of one press conference',
	summary:
		'Putin’s annual press conference of 23 December 2021, as two machine-translated reports told it: who says what, whose words are loaded, what is disputed, and how the texts reached us.',
	minutes: 60,
	// In the public practice catalog; paused while a class takes it in a graded assignment (README).
	practice: true,
	sources: ['es', 'de'],
	speakers: {
		putin: { name: 'Vladimir Putin', description: 'President of Russia, speaking at his annual press conference' },
		lavrov: { name: 'Sergei Lavrov', description: 'Foreign Minister of Russia' },
		truss: {
			name: 'Liz Truss',
			description: 'Foreign Secretary of the United Kingdom (“Foreign Minister” in Report A)'
		},
		whiteHouse: {
			name: 'The White House',
			description: 'The US president’s office as an institution, when a statement is not given to a named person'
		},
		psaki: {
			name: 'Jen Psaki',
			description: 'Press secretary of the White House (“the spokesperson for the Government of Joe Biden”)'
		},
		nato: { name: 'NATO', description: 'The North Atlantic Treaty Organization (“the Alliance”), as an organization' },
		gorbachev: { name: 'Mikhail Gorbachev', description: 'Former President of the Soviet Union' }
	},
	items: [
		// ── Comparing reports: what does each one tell you? ──────────────────
		{
			kind: 'source-comparison',
			id: 'what-each-report-tells',
			prompt: 'You have read both reports. Which of them tells you each of these things?',
			statements: [
				{
					id: 'western-reactions',
					text: 'Putin said the West’s first reactions to Russia’s demands were positive.',
					in: ['de'],
					evidence: [
						{
							source: 'de',
							quote:
								'Putin said that the first Western reactions to Russian demands for “security guarantees” to Washington and NATO were “overall rather positive”'
						}
					],
					explanation:
						'Only Report B has this, and it puts it in its very first sentence: the first Western reactions were “overall rather positive”. Report A never says how the West first reacted; it opens with Putin’s demand for “immediate” guarantees instead. We cannot tell why Report A left it out (lack of space, or a choice), but its readers never learn it.'
				},
				{
					id: 'western-reply',
					text: 'A reply from the British or the US government is reported.',
					in: ['es'],
					evidence: [
						{ source: 'es', quote: 'The Foreign Minister of the United Kingdom, Liz Truss, condemned' },
						{ source: 'es', quote: 'The White House rejected the accusations of the Russian president' }
					],
					explanation:
						'Only Report A gives replies: from Liz Truss, the British Foreign Secretary, and from the White House. Report B does name an American, Jake Sullivan, but only as someone who held talks with a Russian adviser; it gives no reply from him. When it says an attack is “feared in the West and in Kiev”, it does not say which government said so, so that is not a reply from London or Washington.'
				},
				{
					id: 'next-steps',
					text: 'Putin said Russia’s next steps depend on the security guarantees it gets.',
					in: ['es', 'de'],
					evidence: [
						{
							source: 'es',
							quote: 'Russia’s next actions will depend on the guarantees it receives from the West',
							occurrence: 1
						},
						{
							source: 'de',
							quote:
								'Putin said that Russia’s actions would depend on the country’s unconditional long-term security being guaranteed'
						}
					],
					explanation:
						'Both reports have it, in different words: “Russia’s next actions will depend on the guarantees it receives from the West” (Report A) and “Russia’s actions would depend on the country’s unconditional long-term security being guaranteed” (Report B). The same point can be told in different words; what counts is that each report says it.'
				},
				{
					id: 'good-neighbours',
					text: 'Putin said Russia is willing to keep good relations with Ukraine.',
					in: ['es'],
					evidence: [
						{
							source: 'es',
							quote: 'Moscow is willing to maintain good neighborly relations with Ukraine “at any cost”'
						}
					],
					explanation:
						'Only Report A has it: Moscow is willing to keep “good neighborly relations with Ukraine “at any cost””, though Putin adds that this is “practically impossible” today. Report B does not have this friendlier line about Ukraine. Each report leaves out something that would change how Putin sounds.'
				}
			],
			explanation:
				'The two reports tell one press conference in different ways. Report B opens with diplomacy (talks in Geneva, reactions that were “overall rather positive”); Report A opens with demands and accusations, and only it lets the British and American side answer. Each also has lines the other leaves out. A reader of only one report would come away with a different picture, and neither report is the whole story.'
		},

		{
			kind: 'source-comparison',
			id: 'headlines-and-ledes',
			prompt:
				'Look at how each report begins: its headline and its first sentences. Which report does each of these describe?',
			statements: [
				{
					id: 'lede-demands',
					text: 'It opens with Putin’s demands, and with his accusation that Ukraine is preparing an offensive.',
					in: ['es'],
					evidence: [
						{
							source: 'es',
							quote:
								'has demanded this Thursday “immediate” security guarantees to the United States and NATO in order to ease tension with Ukraine, which he accuses of preparing a new offensive against Donbas'
						}
					],
					explanation:
						'Report A leads with demands (“immediate” guarantees), with the West “misleading Moscow”, and with Ukraine “preparing a new offensive”. Its first lines never mention the talks.'
				},
				{
					id: 'lede-talks',
					text: 'It opens with talks, and with Western reactions that Putin found positive.',
					in: ['de'],
					evidence: [
						{ source: 'de', quote: 'Putin announces talks about “security guarantees”' },
						{ source: 'de', quote: 'were “overall rather positive”' }
					],
					explanation:
						'Report B’s headline is about talks, and its first sentence says Putin found the first Western reactions “overall rather positive”. Its accusations against Ukraine come later, under a sub-heading.'
				},
				{
					id: 'guarantees-in-quotes',
					text: 'Its headline puts “security guarantees” in quotation marks, keeping Russia’s term at a distance.',
					in: ['de'],
					evidence: [{ source: 'de', quote: 'Putin announces talks about “security guarantees”' }],
					explanation:
						'Report B keeps “security guarantees” in quotation marks, in its headline and after: the marks say “what Russia calls security guarantees”, so the newspaper does not adopt the term. Here the marks keep distance rather than quote anyone. Report A uses the words plainly; its headline marks only “immediate”, which is Putin’s own word.'
				},
				{
					id: 'headline-purpose',
					text: 'Its headline gives Putin’s stated purpose, in the outlet’s own voice, as the reason for the demand.',
					in: ['es'],
					evidence: [{ source: 'es', quote: 'Putin wants “immediate” security guarantees to ease tension in Ukraine' }],
					explanation:
						'“…security guarantees to ease tension in Ukraine”: Report A’s headline states Putin’s purpose as if it were simply the reason, without “he says”. Report B, by contrast, sets his demands beside an attack “feared in the West and in Kiev”. Both outlets’ own voices lean, in different directions.'
				}
			],
			explanation:
				'Same press conference, opposite keys. Report A opens with demands and accusations; Report B opens with talks and positive reactions. Headlines and first sentences are what most readers read, so what an outlet puts there shapes the story more than anything further down. Notice also the two jobs of quotation marks: “immediate” quotes Putin, while “security guarantees” in Report B’s headline keeps his term at a distance.'
		},

		// ── Attribution: who is speaking? ─────────────────────────────────────
		{
			kind: 'attribution',
			id: 'no-threat',
			prompt: 'Who says that “Russia does not threaten anyone”, and how does the report give the words?',
			statement: { source: 'es', quote: '“Russia does not threaten anyone”' },
			choices: ['putin', 'lavrov'],
			speaker: 'putin',
			mode: 'direct-quote',
			evidence: [{ source: 'es', quote: 'UkrainePutin has stressed that “Russia does not threaten anyone”' }],
			explanation:
				'The words stand inside quotation marks after “…Putin has stressed that”: a direct quote of Putin. (“UkrainePutin” is a translation artifact, “Ukraine” and “Putin” with the space lost.) The rest of the sentence, “and that it is the US that has deployed missiles near the Russian border”, is outside the quotation marks: there the reporter passes on Putin’s point in its own words, a paraphrase. Whether the comparison “as the USSR did with Cuba in 1962” is Putin’s or the reporter’s added context, the text does not say.'
		},
		{
			kind: 'attribution',
			id: 'psaki-intention',
			prompt: 'Whose position does this clause report, and in what form?',
			statement: { source: 'es', quote: 'although she did acknowledge that this is the intention' },
			choices: ['psaki', 'whiteHouse'],
			speaker: 'psaki',
			mode: 'paraphrase',
			evidence: [
				{
					source: 'es',
					quote: 'the spokesperson for the Government of Joe Biden, Jen Psaki, did not want to confirm'
				}
			],
			explanation:
				'“She” is Jen Psaki, named earlier in the same sentence as “the spokesperson for the Government of Joe Biden”. There are no quotation marks: the reporter tells us in its own words what she said (“did acknowledge that this is the intention”), so this is a paraphrase of a named source. Note that the report names her personally here, while the “only aggression” reply in the paragraph before is attributed only to “The White House”. Notice the reporting verbs too: “did not want to confirm” suggests reluctance (a plain report would say “did not confirm”), and “did acknowledge” makes her answer sound like a concession. Those are the reporter’s words, or the machine translation’s, not hers.'
		},
		{
			kind: 'attribution',
			id: 'truss-unacceptable',
			prompt: 'Whose view is this, and how does the report give her words?',
			statement: {
				source: 'es',
				quote:
					'the accumulation of Russian troops on the Ukrainian border and in the “illegally annexed Crimea” is “unacceptable”'
			},
			choices: ['truss', 'whiteHouse', 'putin'],
			speaker: 'truss',
			mode: 'partial-quote',
			evidence: [
				{ source: 'es', quote: 'The head of British diplomacy said for her part that' },
				{ source: 'es', quote: 'The Foreign Minister of the United Kingdom, Liz Truss' }
			],
			explanation:
				'“The head of British diplomacy” is Liz Truss, named earlier as “The Foreign Minister of the United Kingdom”. After “said for her part that”, the reporter gives her point in its own words, but two pieces are inside quotation marks: “illegally annexed Crimea” and “unacceptable”. That is a partial quote: the marked words are given as hers, the rest is the reporter’s wording. News reports give speakers’ words this way more often than in whole sentences. One caution: Truss spoke English, and this text has been through Spanish and back, so even the quoted words may not be exactly hers.'
		},
		{
			kind: 'attribution',
			id: 'lavrov-later-talks',
			prompt: 'Who is the source of this statement about the talks, and how is it attributed?',
			statement: {
				source: 'de',
				quote: 'Later, also in January, they want to negotiate the agreement demanded by NATO'
			},
			choices: ['putin', 'lavrov', 'nato'],
			speaker: 'lavrov',
			mode: 'paraphrase',
			evidence: [
				{ source: 'de', quote: 'Lavrov said' },
				{ source: 'de', quote: 'a statement by Foreign Minister Sergei Lavrov on Wednesday' }
			],
			explanation:
				'The sentence ends “, Lavrov said”, and the paragraph is built on “a statement by Foreign Minister Sergei Lavrov on Wednesday”. There are no quotation marks, so the reporter passes on Lavrov’s statement in its own words: a paraphrase. The attribution comes only at the end, so you have to read to the full stop to know whose it is. Note “the agreement demanded by NATO”: everywhere else in this report it is Russia that makes demands (“Russian demands for “security guarantees” to Washington and NATO”), so this is probably a translation slip for an agreement demanded of NATO. The text alone cannot settle it. The report also calls Lavrov’s statement a substantiation of Putin’s announcement; but Lavrov is Putin’s own foreign minister, so this is the same side confirming itself, not an independent check. The only outside voice on the talks is in Report A: the White House’s Jen Psaki “did not want to confirm” them.'
		},
		{
			kind: 'attribution',
			id: 'brainwashing-heading',
			prompt: 'This line is a sub-heading of Report B. Who is speaking, and how?',
			statement: { source: 'de', quote: '“Brainwashing the population”' },
			choices: ['putin', 'lavrov'],
			speaker: 'putin',
			mode: 'direct-quote',
			evidence: [
				{ source: 'de', quote: 'Putin has now reproached Ukraine and the West.' },
				{ source: 'de', quote: 'with “brainwashing of the population”' }
			],
			explanation:
				'The quotation marks tell you the sub-heading quotes someone, but the sub-heading itself does not say who. The section below does: it opens with “Putin has now reproached Ukraine and the West”, and the words come back inside Putin’s remarks as “brainwashing of the population”. So it is a direct quote of Putin. But compare the two: the sub-heading has “Brainwashing the population”, the body “brainwashing of the population”. Either the outlet or the translation changed the wording; the text cannot tell which. Either way, check a headline quote against the body, and notice that choosing Putin’s sharpest phrase as the sub-heading is itself an editorial choice. And every “direct quote” in these reports has passed through at least two translations (Russian to German, German to English).'
		},
		{
			kind: 'attribution',
			id: 'feared-attack',
			prompt: 'Who fears the attack, according to this phrase, and how does the report say so?',
			statement: { source: 'de', quote: 'Russia’s new attack on Ukraine, feared in the West and in Kiev' },
			choices: ['putin', 'whiteHouse', 'nato'],
			speaker: 'unnamed',
			mode: 'vague-source',
			evidence: [
				{
					source: 'de',
					quote: 'With a view to Russia’s new attack on Ukraine, feared in the West and in Kiev, Putin said that'
				}
			],
			explanation:
				'The phrase comes before “Putin said that”, which introduces what follows, not this phrase, and it has no quotation marks. It gives the fear to “the West” and “Kiev”: places and groups, with no government, official or statement named. That is a vague source, weaker than a named one: a reader cannot check who fears the attack, or why. Notice too that “Russia’s new attack on Ukraine” reads as if the attack had already happened (probably the machine’s rendering of “a new Russian attack”); only “feared” makes it a possibility. Report A names its Western sources instead: the White House and Liz Truss.'
		},
		{
			kind: 'attribution',
			id: 'crimea-voice',
			prompt:
				'This sentence passes on Putin’s warning. Whose words are “the Ukrainian Crimea, which was annexed in 2014”?',
			statement: { source: 'de', quote: 'the Ukrainian Crimea, which was annexed in 2014' },
			choices: ['putin', 'nato'],
			speaker: 'reporter',
			mode: 'reporter-claim',
			evidence: [
				{ source: 'de', quote: 'There is a possibility that the West intends to create an “anti-Russia” in Ukraine' }
			],
			explanation:
				'The sentence passes on Putin’s point: the West might send “radicals” to Donbass and Crimea. But these words cannot be his. Moscow calls what happened in 2014 the “reunification” of Crimea with Russia; it would not call Crimea Ukrainian or say it was annexed. “The Ukrainian Crimea, which was annexed in 2014” is the newspaper’s own description, slipped into the paraphrase. It is the standard description, used by the UN General Assembly (resolution 68/262) and the major news agencies, not spin. This is how a paraphrase works: the claim is the speaker’s, the wording is the reporter’s.'
		},
		{
			kind: 'attribution',
			id: 'july-article',
			prompt: 'Whose description of Putin’s July article is this, and how is it given?',
			statement: { source: 'de', quote: 'denies an independent Ukraine the right to exist' },
			choices: ['putin'],
			speaker: 'reporter',
			mode: 'reporter-claim',
			evidence: [
				{
					source: 'de',
					quote:
						'Russia must be prepared, said Putin, recalling his article published in July that denies an independent Ukraine the right to exist.'
				}
			],
			explanation:
				'“said Putin, recalling his article published in July” tells you that Putin mentioned the article. What the article says is then summed up in a relative clause (“that denies an independent Ukraine the right to exist”) with no quotation marks and nothing to mark it as Putin’s words: read naturally, it is the newspaper’s own characterization. It is a strong claim, and the report quotes nothing from the article to support it, so the reader has to take it on trust. Three questions help with a clause like this one: is there a reporting frame (“said”, “according to”) around it? Would the speaker put it this way? Does the other report help? Here the frame covers only the recalling, Putin would hardly describe his own article as denying Ukraine’s right to exist, and Report A does not mention the article at all.'
		},
		{
			kind: 'attribution',
			id: 'impression-offensive',
			prompt: 'Who has this “impression”, and how does the report give it?',
			statement: {
				source: 'de',
				quote: 'One has the impression that Kiev is possibly preparing a military operation'
			},
			choices: ['putin', 'lavrov'],
			speaker: 'putin',
			mode: 'paraphrase',
			evidence: [
				{ source: 'de', quote: 'Putin has now reproached Ukraine and the West.' },
				{ source: 'es', quote: 'which he accuses of preparing a new offensive against Donbas' }
			],
			explanation:
				'“One has the impression” sounds like nobody in particular, and the sentence has no verb of saying. But it comes right after “Putin has now reproached Ukraine and the West”, and the next sentence goes on “Russia must be prepared, said Putin”: Report B is passing on Putin’s words. German marks reported speech with a special verb form, which the machine translation has lost, so the sentence reads as if the newspaper itself had the impression. Report A settles it: Ukraine, “which he accuses of preparing a new offensive”. Compare the strength of the claim: “one has the impression … possibly preparing” is hedged twice; Report A’s “accuses of preparing” drops both hedges, and its sub-heading “Ukrainian offensive in the Donbas” drops even the accusation.'
		},

		{
			kind: 'attribution',
			id: 'donbas-heading',
			prompt:
				'This line is a sub-heading of Report A. As printed, with no quotation marks and no source named, in whose voice does it speak?',
			statement: { source: 'es', quote: 'Ukrainian offensive in the Donbas' },
			choices: ['putin'],
			speaker: 'reporter',
			mode: 'reporter-claim',
			evidence: [
				{ source: 'es', quote: 'Ukrainian offensive in the Donbas' },
				{ source: 'es', quote: 'which he accuses of preparing a new offensive against Donbas' }
			],
			explanation:
				'The sub-heading has no quotation marks and names no source, so as printed it is the outlet’s own line. Yet the report’s only ground for a “Ukrainian offensive” is Putin’s accusation: Ukraine, “which he accuses of preparing a new offensive against Donbas”. The sub-heading drops the attribution, and an accusation becomes a label that reads like a fact. It is probably meant only as a topic label for the section on Putin’s remarks, and the section under it never reports an offensive (the only “offensive” in it is in “offensive weapons”, about NATO membership). Only the report’s first sentence does, as Putin’s accusation. A reader who skims the headings gets that accusation in the outlet’s voice. Compare Report B’s sub-heading “Brainwashing the population”, whose quotation marks at least show that the words are someone else’s.'
		},

		// ── Loaded wording: which words judge, and whose are they? ───────────
		{
			kind: 'loaded-wording',
			id: 'us-reply-heading',
			prompt: 'This is a sub-heading of Report A. Mark the words that carry a judgment.',
			passage: { source: 'es', quote: 'The US replies to Putin: the “only aggression” is his “bellicose rhetoric”' },
			targets: [
				{
					quote: 'only aggression',
					connotes: 'an unprovoked hostile act, and nobody else is to blame',
					neutral: 'the only military pressure',
					voice: 'quoted',
					whose: 'whiteHouse'
				},
				{
					quote: 'bellicose rhetoric',
					connotes: 'warlike, eager for a fight; words for show',
					neutral: 'forceful statements',
					voice: 'quoted',
					whose: 'whiteHouse'
				}
			],
			// Words learners often mark that are not loaded: the feedback gives each one's reason.
			notLoaded: [
				{
					quote: 'replies',
					explanation: 'A plain verb: it tells you the US answered, not how, and it judges no one.'
				}
			],
			explanation:
				'Both phrases are inside quotation marks, and the sub-heading says who is replying (“The US”): they are the US side’s words, quoted by the outlet. The body gives them to “The White House”: “the “only aggression” that is seen is his “bellicose” rhetoric”. Notice a small difference: in the body only “bellicose” is inside the quotation marks, while the sub-heading puts “rhetoric” inside too. Headline quotes are often trimmed or reshaped, so check them against the body. “Replies” is a neutral verb.'
		},
		{
			kind: 'loaded-wording',
			id: 'incendiary-heading',
			prompt: 'Another sub-heading of Report A. Mark the words that carry a judgment.',
			passage: { source: 'es', quote: 'London condemns Moscow’s “incendiary” rhetoric against Ukraine and NATO' },
			targets: [
				{
					quote: 'condemns',
					connotes: 'a formal, moral rejection',
					neutral: 'criticizes',
					voice: 'outlet'
				},
				{
					quote: '“incendiary” rhetoric',
					connotes: 'words meant to stir up conflict, like setting a fire',
					neutral: 'harsh statements',
					voice: 'quoted',
					whose: 'truss'
				}
			],
			explanation:
				'“Incendiary” is in quotation marks and the sub-heading names “London” (the British government), so the outlet presents it as the British side’s word. But the body quotes Liz Truss as condemning the “aggressive and inflammatory rhetoric”: “incendiary” is not among her quoted words. Most likely both go back to one word of her statement, which was in English, translated into Spanish by the report and back into English by a machine, once as “incendiary” and once as “inflammatory”. The text alone cannot prove that. We count it as Truss’s word, but the sub-heading does put in quotation marks a word the body never quotes. “Condemns” is outside the quotation marks: it is the outlet’s verb, and the text does not show whether she used it herself (the body, too, says in its own words that she “condemned” the rhetoric).'
		},
		{
			kind: 'loaded-wording',
			id: 'threshold-of-our-house',
			prompt: 'Mark the words that carry a judgment.',
			passage: {
				source: 'de',
				quote:
					'These guarantees must be given “immediately, now”, because the Americans have advanced “to the threshold of our house”.'
			},
			targets: [
				{
					quote: 'immediately, now',
					connotes: 'an ultimatum: no time left for talks',
					neutral: 'soon',
					voice: 'quoted',
					whose: 'putin'
				},
				{
					quote: 'to the threshold of our house',
					connotes: 'an intruder at the door of Russia’s home; Russia as the one threatened',
					neutral: 'close to Russia’s borders',
					voice: 'quoted',
					whose: 'putin'
				}
			],
			// Defensibly loaded but not counted (content review, items 12–15): free to mark, and the feedback says why.
			defensible: [
				{
					quote: 'advanced',
					explanation:
						'The reporter’s word for Putin’s point (the claim is his, the wording the reporter’s): it pictures the Americans as an army moving forward.'
				}
			],
			explanation:
				'Both phrases are in quotation marks: Putin’s words. “Immediately, now” turns a demand into an ultimatum, with no time left for talks (Report A’s headline singles out “immediate”). “To the threshold of our house” turns a dispute about military deployments into the picture of an intruder at the door of a home, with Russia as the one threatened. “Advanced” is outside the marks: the reporter’s wording of Putin’s point. In a paraphrase the claim is the speaker’s and the wording the reporter’s. Report A quotes the same demand at greater length (“You, immediately, now.”).'
		},
		{
			kind: 'loaded-wording',
			id: 'truss-restraint',
			prompt: 'Mark the words that carry a judgment.',
			passage: {
				source: 'es',
				quote:
					'NATO “is a defensive alliance,” while “Ukraine continues to show commendable restraint in the face of Russian provocations and aggressions,” Truss said in a statement.'
			},
			targets: [
				{
					quote: 'defensive',
					connotes: 'harmless: it only protects and never threatens',
					neutral: 'military',
					voice: 'quoted',
					whose: 'truss'
				},
				{
					quote: 'commendable restraint',
					connotes: 'praise: Ukraine deserves credit for holding back',
					neutral: 'has not responded militarily',
					voice: 'quoted',
					whose: 'truss'
				},
				{
					quote: 'provocations and aggressions',
					connotes: 'Russia stirs up trouble on purpose and attacks',
					neutral: 'Russian military moves',
					voice: 'quoted',
					whose: 'truss'
				}
			],
			explanation:
				'All three are inside quotation marks, and “Truss said in a statement” tells you whose: they are Truss’s words, not the outlet’s. Loaded wording is not only on one side: her statement praises Ukraine (“commendable restraint”) and blames Russia (“provocations and aggressions”) as plainly as Putin’s words blame the West. “Defensive” is a claim Putin contests: for him, Ukraine in NATO would mean “offensive weapons” next door. Note too that NATO is the subject of the first clause, but the speaker is Truss. One caution: Truss spoke English, and “aggressions” in the plural is rare in English but common in Spanish (agresiones). This “direct quote” has been translated into Spanish and back, so these are close to her words, not exactly them.'
		},
		{
			kind: 'loaded-wording',
			id: 'different-worlds',
			prompt: 'Mark the words that carry a judgment. Read the whole sentence, brackets included.',
			passage: {
				source: 'es',
				quote:
					'“Sometimes it seems that we live in different worlds,” he lamented, adding that the Russian proposal for security guarantees (which includes the resignation from NATO of all military activity in Eastern Europe, the Caucasus and Central Asia, or the withdrawal of arms nuclear power plants in Europe) are not something “strange”.'
			},
			targets: [
				{
					quote: 'lamented',
					connotes: 'a complaint made in sorrow: Putin cast as aggrieved',
					neutral: 'said',
					voice: 'outlet'
				},
				{
					quote: 'different worlds',
					connotes: 'no common ground at all: the other side lives in another reality',
					neutral: 'we see this very differently',
					voice: 'quoted',
					whose: 'putin'
				}
			],
			// Defensibly loaded but not counted (content review, items 12–15): free to mark, and the feedback says why.
			defensible: [
				{
					quote: 'strange',
					explanation:
						'Putin’s quoted word, so marking it is fair; but he uses it to deny that his proposals are odd, and it judges no one.'
				}
			],
			notLoaded: [
				{
					quote: 'resignation',
					explanation:
						'A slip of the translation, not a judgment: it most likely means that NATO should give up military activity there.'
				}
			],
			explanation:
				'“Lamented” is outside the quotation marks: it is the reporter’s verb, and in English it tells you how to hear Putin, as aggrieved rather than, say, threatening or scornful. A plain “said” would leave that to you. But we cannot see the Spanish verb: Spanish news uses lamentó every day where English news would often write “said”, and the machine chose the English word. “We live in different worlds” is inside the quotation marks: Putin’s own image of a gap so wide that talk seems useless. “Strange” is his word too, but he uses it to deny that his proposals are odd; it judges no one. The brackets hold two translation artifacts, not loaded words: “the resignation from NATO of all military activity” most likely means NATO renouncing military activity there, and “arms nuclear power plants” most likely means nuclear weapons.'
		},
		{
			kind: 'loaded-wording',
			id: 'denounces-anti-russian',
			prompt: 'Mark the words that carry a judgment. Look carefully at where the quotation marks open and close.',
			passage: {
				source: 'es',
				quote:
					'He also denounces that the West is creating in the neighboring country a “anti-Russian“with the” permanent supply of weapons and the brainwashing of the population. “'
			},
			targets: [
				{
					quote: 'denounces',
					connotes: 'a public charge of wrongdoing, made with indignation',
					neutral: 'says',
					voice: 'outlet'
				},
				{
					quote: 'anti-Russian',
					connotes: 'Ukraine made into an enemy outpost aimed at Russia',
					neutral: 'Western-aligned',
					voice: 'quoted',
					whose: 'putin'
				},
				{
					quote: 'brainwashing',
					connotes: 'people manipulated against their will, unable to think for themselves',
					neutral: 'influence on public opinion',
					voice: 'quoted',
					whose: 'putin'
				}
			],
			// Defensibly loaded but not counted (content review, items 12–15): free to mark, and the feedback says why.
			defensible: [
				{
					quote: 'permanent',
					explanation:
						'A judgment call: “permanent” stretches a steady supply into a never-ending one (Putin’s point, in the reporter’s words).'
				}
			],
			explanation:
				'The translation has scrambled the quotation marks (“a “anti-Russian“with the” permanent supply…”), but a mark opens before “anti-Russian” and the last one comes after “population”: “anti-Russian” and “brainwashing” stand inside a quotation of Putin. Report B confirms it, quoting Putin with “anti-Russia” and “brainwashing of the population”. “Denounces” is outside any quotation: it is the reporter’s verb, and it casts Putin’s claim as an indignant public charge (as with “lamented”, Spanish news uses denunció routinely, and the English verb is the machine’s). “A “anti-Russian”” is odd English: “a” needs a noun, and Report B quotes the noun “anti-Russia”, so the Spanish most likely had the noun anti-Rusia, made an adjective by the machine. “Permanent” is a judgment call: it stretches a steady supply into a never-ending one, so marking it costs nothing.'
		},
		{
			kind: 'loaded-wording',
			id: 'anti-russia-crimea',
			prompt: 'Mark the words that carry a judgment, whoever they belong to.',
			passage: {
				source: 'de',
				quote:
					'There is a possibility that the West intends to create an “anti-Russia” in Ukraine, with “brainwashing of the population” and “modern weapons”, under whose cover “radicals” are then sent to Donbass and the Ukrainian Crimea, which was annexed in 2014 should be.'
			},
			targets: [
				{
					quote: 'anti-Russia',
					connotes: 'Ukraine made into an enemy outpost aimed at Russia',
					neutral: 'a Western-aligned state',
					voice: 'quoted',
					whose: 'putin'
				},
				{
					quote: 'brainwashing',
					connotes: 'people manipulated against their will',
					neutral: 'influence on public opinion',
					voice: 'quoted',
					whose: 'putin'
				},
				{
					quote: 'radicals',
					connotes: 'dangerous extremists',
					neutral: 'fighters',
					voice: 'quoted',
					whose: 'putin'
				}
			],
			// Defensibly loaded but not counted (content review, items 12–15): free to mark, and the feedback says why.
			defensible: [
				{
					quote: 'cover',
					explanation:
						'A judgment call: “under whose cover” hints at something done in secret (Putin’s point, in the reporter’s words).'
				},
				{
					quote: 'Ukrainian Crimea, which was annexed',
					explanation:
						'The newspaper’s own words inside a paraphrase of Putin, but not loaded: the standard description, used by the UN General Assembly and the major news agencies.'
				}
			],
			explanation:
				'The sentence continues Putin’s remarks (“Russia must be prepared, said Putin”), and “anti-Russia”, “brainwashing” and “radicals” are inside quotation marks: Putin’s words. The description of Crimea is not. “The Ukrainian Crimea, which was annexed in 2014” is not how Putin puts it (in Report A he says it is “Washington” that “always remembers that Russia annexed Crimea”; Moscow calls it a “reunification”). It is the newspaper’s own wording, slipped into its paraphrase of Putin. But it is not loaded: it is the standard description, used by the UN General Assembly (resolution 68/262) and the major news agencies. Its words are the outlet’s; its judgment is the world’s common one, and marking it costs nothing. The end of the sentence is garbled: German word order survived the machine translation, and “should be” probably belongs with “are then sent” (“are supposed to be sent”). That leaves some doubt about how the sentence is built, but not about where the quotation marks are. “Modern weapons” is quoted too, but it describes rather than judges.'
		},

		// ── Disputed claims: who asserts, who contests, who tells you? ───────
		{
			kind: 'disputed-claim',
			id: 'caucasus-terrorists',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'In the 1990s the West supported “terrorists” (Putin’s word) in the North Caucasus.',
			choices: ['putin', 'lavrov', 'whiteHouse', 'nato', 'outlet:de'],
			asserters: ['putin'],
			disputers: [],
			reportedIn: [],
			evidence: [
				{
					source: 'de',
					quote: 'said Putin, and again accused the West of supporting terrorists in the North Caucasus in the 1990s'
				}
			],
			explanation:
				'Only Report B has this, as Putin’s accusation: he “again accused the West of supporting terrorists in the North Caucasus in the 1990s”. No reply is quoted. Report A does not mention the claim, so its White House paragraph (“rejected the accusations of the Russian president”) cannot be read as an answer to this one. A claim that no report contests is not thereby confirmed: the report simply passes the accusation on, and “again” tells you it is an old one. Report B does not assert it in its own voice either: “accused” marks it as Putin’s. Whose word is “terrorists”? It has no quotation marks in Report B, so it is the reporter’s wording of Putin’s charge; the claim above puts it in quotation marks as Putin’s word, because it is his view, not a neutral description.'
		},
		{
			kind: 'disputed-claim',
			id: 'nato-promise',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'NATO promised Russia that it would not expand to the east.',
			choices: ['putin', 'lavrov', 'nato', 'gorbachev', 'whiteHouse', 'truss'],
			asserters: ['putin'],
			disputers: ['nato', 'gorbachev'],
			reportedIn: ['de'],
			evidence: [
				{
					source: 'de',
					quote:
						'He repeated the Moscow presentation that NATO had promised Russia that there would be no expansion to the east.'
				},
				{
					source: 'de',
					quote:
						'This representation is contested by the Alliance and by the former Soviet President Mikhail Gorbachev, among others.'
				},
				{
					source: 'es',
					quote:
						'which he accused of deceiving Moscow by accepting several countries from Eastern Europe and the former post-Soviet space, despite promising that he would never do so'
				}
			],
			explanation:
				'Both reports give the claim as Putin’s: “He repeated the Moscow presentation that NATO had promised Russia…” (Report B) and the West, “which he accused of deceiving Moscow … despite promising that he would never do so” (Report A; “he would never” is a translation slip for “it”, the West). Only Report B adds that “This representation is contested by the Alliance and by the former Soviet President Mikhail Gorbachev, among others”, and calling it “the Moscow presentation” already marks it as one side’s account. Report A passes on the accusation with no reply: its White House paragraph rejects “the accusations” in general, but answers about aggression, not about a promise. Lavrov is not shown making this claim. “Among others” means more people contest it, but they are not named. And the report tells you that NATO and Gorbachev contest it without quoting either of them: you have the outlet’s word for it.'
		},
		{
			kind: 'disputed-claim',
			id: 'nato-defensive',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'NATO is a defensive alliance.',
			choices: ['putin', 'lavrov', 'truss', 'nato', 'whiteHouse'],
			asserters: ['truss'],
			disputers: ['putin'],
			reportedIn: ['es'],
			evidence: [
				{ source: 'es', quote: 'NATO “is a defensive alliance,”' },
				{ source: 'es', quote: 'Truss said in a statement' },
				{
					source: 'es',
					quote: 'since it would mean the emplacement of offensive weapons in the neighboring country'
				},
				{ source: 'de', quote: 'because the Americans have advanced “to the threshold of our house”' }
			],
			explanation:
				'The claim is Truss’s (“NATO “is a defensive alliance,” … Truss said in a statement”), not NATO’s: the alliance is the subject of her sentence, but it is not quoted in either report. In the same Spanish report Putin says Ukraine’s NATO membership “would mean the emplacement of offensive weapons in the neighboring country”, the opposite view. Report B gives Putin’s side (“the Americans have advanced “to the threshold of our house””) but never states the defensive claim, so it does not show a dispute over it.'
		},
		{
			kind: 'disputed-claim',
			id: 'talks-in-january',
			prompt:
				'Who asserts this claim, who disputes it, and which report tells you that it is disputed? Read Psaki’s part carefully.',
			claim: 'Talks between Russia and the United States on security guarantees are planned for January 2022.',
			choices: ['putin', 'lavrov', 'psaki', 'whiteHouse', 'nato'],
			asserters: ['putin', 'lavrov', 'psaki'],
			disputers: [],
			reportedIn: [],
			evidence: [
				{
					source: 'es',
					quote: 'Putin has advanced that negotiations with the West They will begin in January 2022 in Geneva'
				},
				{
					source: 'de',
					quote:
						'a statement by Foreign Minister Sergei Lavrov on Wednesday that Russia and the United States would hold the first round of bilateral talks on “security guarantees” in January'
				},
				{
					source: 'es',
					quote:
						'did not want to confirm Putin’s announcement that talks on this crisis will begin in January in Geneva, although she did acknowledge that this is the intention and asked to wait for the details to be finalized'
				}
			],
			explanation:
				'Putin announces January talks in Geneva (Report A: “negotiations with the West They will begin in January 2022 in Geneva”; Report B has him say “at the beginning of next year”), and Report B adds Lavrov’s statement that the first round would be held “in January”. Psaki “did not want to confirm” the announcement, but she “did acknowledge that this is the intention” and asked to wait for details. So she too says the talks are planned, while declining to confirm Putin’s date and place: caution, not contradiction. Nobody in either report says the talks will not take place. So no one disputes the claim, and neither report presents it as disputed. (The White House as an institution says nothing about the talks; Psaki speaks for it, and the report names her.) Report B even adds that “The representatives have already been named on both sides.”'
		},
		{
			kind: 'disputed-claim',
			id: 'kiev-to-blame',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'Kiev alone is to blame for the current tension.',
			choices: ['putin', 'psaki', 'truss', 'whiteHouse', 'nato'],
			asserters: ['putin'],
			disputers: ['truss', 'whiteHouse'],
			reportedIn: ['es'],
			evidence: [
				{ source: 'es', quote: 'Putin has stressed that it is Kiev solely responsible for the current tension.' },
				{
					source: 'es',
					quote:
						'“Ukraine continues to show commendable restraint in the face of Russian provocations and aggressions,”'
				},
				{
					source: 'es',
					quote:
						'The White House rejected the accusations of the Russian president and stressed that the “only aggression” that is seen is his'
				}
			],
			explanation:
				'Only Report A has the claim, as Putin’s: “it is Kiev solely responsible for the current tension”. It also sets two replies against it. Truss says Ukraine shows “commendable restraint in the face of Russian provocations and aggressions”, and the White House “rejected the accusations of the Russian president” and says the “only aggression” is his. Neither reply repeats the claim, but each puts the blame on Russia, which contradicts it. Report B does not have this claim; its nearest line is the milder, hedged “impression” that Kiev is “possibly” preparing an operation. Psaki speaks only about the talks, and NATO is not quoted on this.'
		},
		{
			kind: 'disputed-claim',
			id: 'russia-threatens',
			prompt: 'Who asserts this claim, who disputes it, and which report tells you that it is disputed?',
			claim: 'Russia is threatening Ukraine.',
			choices: ['putin', 'lavrov', 'truss', 'whiteHouse', 'nato', 'outlet:de'],
			// Report B's outlet is the only voice in that report that asserts the threat.
			asserters: ['truss', 'whiteHouse', 'outlet:de'],
			disputers: ['putin'],
			reportedIn: ['es', 'de'],
			evidence: [
				{
					source: 'es',
					quote:
						'the accumulation of Russian troops on the Ukrainian border and in the “illegally annexed Crimea” is “unacceptable”'
				},
				{
					source: 'es',
					quote:
						'the “only aggression” that is seen is his “bellicose” rhetoric and the increase of the Russian military presence on the border'
				},
				{ source: 'es', quote: 'UkrainePutin has stressed that “Russia does not threaten anyone”' },
				{ source: 'de', quote: 'Russia’s new attack on Ukraine, feared in the West and in Kiev' },
				{ source: 'de', quote: 'Putin denied that Russia is threatening neighboring countries.' }
			],
			explanation:
				'In Report A, Truss calls the Russian troop build-up “unacceptable” and the White House says the “only aggression” is Putin’s rhetoric and “the increase of the Russian military presence on the border”; Putin answers that “Russia does not threaten anyone”. Report B also shows both sides, in a different way: the reporter mentions “Russia’s new attack on Ukraine, feared in the West and in Kiev”, and closes with “Putin denied that Russia is threatening neighboring countries.” So both reports tell you the claim is disputed, but only Report A names who makes it. In Report B the claim is the outlet’s own: “Russia’s new attack on Ukraine” is its wording, and it quotes no one in “the West” or “Kiev” who fears the attack. NATO is talked about (Truss calls it “a defensive alliance”) but is not quoted on this.'
		},
		// ── Comparing reports again: claims, replies, and what is missing ────
		{
			kind: 'source-comparison',
			id: 'claims-and-replies',
			prompt: 'One last comparison. Which report tells you each of these things?',
			statements: [
				{
					id: 'nato-promise-claim',
					text: 'Putin said the West had promised that NATO would not expand eastwards.',
					in: ['es', 'de'],
					evidence: [
						{
							source: 'es',
							quote:
								'which he accused of deceiving Moscow by accepting several countries from Eastern Europe and the former post-Soviet space, despite promising that he would never do so'
						},
						{
							source: 'de',
							quote:
								'He repeated the Moscow presentation that NATO had promised Russia that there would be no expansion to the east.'
						}
					],
					explanation:
						'Both reports give Putin’s claim. Report A says he accused the West of deceiving Moscow by taking in Eastern European countries “despite promising that he would never do so” (“he” is a translation slip for the West). Report B says he “repeated the Moscow presentation that NATO had promised Russia” there would be no expansion to the east.'
				},
				{
					id: 'nato-promise-contested',
					text: 'Others contest Putin’s account of that promise.',
					in: ['de'],
					evidence: [
						{
							source: 'de',
							quote:
								'This representation is contested by the Alliance and by the former Soviet President Mikhail Gorbachev, among others.'
						}
					],
					explanation:
						'Only Report B tells you that NATO and Mikhail Gorbachev contest Putin’s account. Report A passes the accusation on with no reply: its White House paragraph rejects “the accusations of the Russian president” in general, but what it answers is about aggression, not about a promise. You could argue that the general rejection covers the promise too, but the report does not say so.'
				},
				{
					id: 'talks-in-geneva',
					text: 'Putin announced talks in Geneva early in 2022.',
					in: ['es', 'de'],
					evidence: [
						{
							source: 'es',
							quote: 'Putin has advanced that negotiations with the West They will begin in January 2022 in Geneva'
						},
						{
							source: 'de',
							quote:
								'Putin announced that initial talks should take place in Geneva, Switzerland, at the beginning of next year.'
						}
					],
					explanation:
						'Both reports have the announcement: “in January 2022 in Geneva” (Report A; “advanced” is a machine translation of a word meaning “announced”) and “in Geneva, Switzerland, at the beginning of next year” (Report B; the report is from December 2021, so “next year” is 2022).'
				},
				{
					id: 'us-not-confirming',
					text: 'A White House spokesperson would not yet confirm the talks.',
					in: ['es'],
					evidence: [
						{
							source: 'es',
							quote:
								'did not want to confirm Putin’s announcement that talks on this crisis will begin in January in Geneva'
						}
					],
					explanation:
						'Only Report A has it: Jen Psaki “did not want to confirm” the announcement, although she “did acknowledge that this is the intention”. Report B backs up the talks only with a Russian source, Foreign Minister Lavrov (“This was substantiated by a statement by Foreign Minister Sergei Lavrov”), and gives no American statement about them.'
				},
				{
					id: 'own-words-quoted',
					text: 'What NATO or Gorbachev actually said about the promise is quoted.',
					in: [],
					evidence: [],
					explanation:
						'Neither report quotes them. Report B names NATO and Gorbachev as contesting the promise, but gives none of their words, so you cannot check what they said. Report A does not mention them on this at all. Naming who disagrees is not the same as showing what they said.'
				}
			],
			explanation:
				'On the NATO promise, Report B gives both sides and Report A only Putin’s. On the talks, it is the other way round: Report A gives the American caution, Report B only Russian voices. And where a report names someone who disagrees, it may still not let you read their words. To judge a claim, you often need both reports, and sometimes more than both.'
		},
		// ── Provenance: how did this text reach you? ────────────────────────
		{
			kind: 'provenance',
			id: 'es-traces',
			prompt: 'How did Report A, first written in Spanish, reach you? For each passage, choose what it shows.',
			observations: [
				{
					id: 'brackets',
					at: { source: 'es', quote: '(the negotiations)' },
					category: 'ordinary',
					explanation:
						'Words in brackets inside a quotation are the reporter’s own addition, to make clear what the speaker meant: Putin said “not bog down”, and the reporter tells you that he meant the negotiations. Newsrooms do this every day (English papers usually use square brackets). It says nothing about how the text reached you.'
				},
				{
					id: 'advanced',
					at: { source: 'es', quote: 'Putin has advanced that' },
					category: 'translation',
					explanation:
						'In English you can advance an army or an idea, but you don’t “advance that” something will happen. Spanish news often writes “ha avanzado que”, which means “has announced”. The machine most likely translated the word and not its meaning: a sign that the report was first written in Spanish.'
				},
				{
					id: 'biden-last',
					at: { source: 'es', quote: 'in the middle of the year, Joe Biden.' },
					category: 'translation',
					explanation:
						'“Joe Biden” is stranded at the end of the sentence, far from “the US president” it names. An English writer would put the name next to the title: “the summit with US President Joe Biden”. Most likely the machine kept the order of the Spanish sentence, word for word.'
				},
				{
					id: 'link-box',
					at: { source: 'es', quote: 'You may also like' },
					category: 'republication',
					explanation:
						'“You may also like” is the heading of a box of links that sat next to the article on a web page, and “Immediate Access Pro” under it is a link or advertisement in that box (the text doesn’t say what it is). The box is in English, like the machine translation, so it most likely belongs to the site that copied and translated the report, not to the newsroom that wrote it. What a site puts next to an article is a clue about the site.'
				}
			],
			explanation:
				'Two passages show a machine translation from Spanish: a word translated for its form and not its meaning, and a sentence that kept its Spanish order. The link box shows a web page that another site put together. So a “direct quote” in this text is the machine’s English for a Spanish reporter’s words for what Putin said in Russian. The brackets are ordinary reporting: not everything that looks odd is a sign.'
		},
		{
			kind: 'provenance',
			id: 'de-traces',
			prompt: 'How did Report B, first written in German, reach you? For each passage, choose what it shows.',
			observations: [
				{
					id: 'peoples-republics',
					at: { source: 'de', quote: '“People’s Republics”' },
					category: 'ordinary',
					explanation:
						'Quotation marks around a name can keep distance: the newspaper shows that “People’s Republics” is what the separatists in Donbass call the areas they hold, not a name the newspaper accepts. German and English newspapers both do this. It is ordinary reporting, not a sign of how the text reached you.'
				},
				{
					id: 'should-be',
					at: { source: 'de', quote: 'which was annexed in 2014 should be' },
					category: 'translation',
					explanation:
						'The sentence ends with “should be”, which fits nothing before it. German puts verbs at the end of a sentence. These words most likely belong to “are then sent” earlier in the sentence (the “radicals” are to be sent), and the machine left them where the German had them: a sign that the report was first written in German.'
				},
				{
					id: 'presentation',
					at: { source: 'de', quote: 'He repeated the Moscow presentation' },
					category: 'translation',
					explanation:
						'“The Moscow presentation” (and “This representation” in the next sentence) is odd English. The German word Darstellung can mean “presentation” and also “account”, someone’s version of events; here it most likely means Moscow’s account of the events. The machine picked the wrong meaning.'
				},
				{
					id: 'source-link',
					at: { source: 'de', quote: 'Source link -68' },
					category: 'republication',
					explanation:
						'Sites that copy articles automatically often add a “Source link” line under them, pointing back to where they took the text. The link itself did not survive, and the number after it means nothing to a reader. The newspaper that wrote the report would not put such a line under its own article, so most likely another site re-published the text.'
				}
			],
			explanation:
				'German word order and a German word with two meanings show a machine translation; the “Source link” line shows a copying site. One more clue, not asked here: the text begins “R.At”. The R is most likely the large first letter (a drop cap) of the German first word, left behind when the page was copied. The English sentence begins with “At”, so the letter no longer matches: another fingerprint of the language the report was written in.'
		}
	]
});
