/*
 * Six more short reports of invented events, written in our own words for the
 * drafter's tests (cases.spec.ts), each with what a careful reader would draft
 * from it. Between them: "according to", nested quotes, a quote that runs over
 * two paragraphs, pronoun speakers ("he", "she", "it"), organisations as
 * speakers, scare quotes in headlines, definite descriptions that point back to
 * a named organisation ("the alliance" after "X, the alliance of …" or "X is an
 * alliance of …"), "a spokesperson for the ministry", a country as speaker,
 * loaded words inside and outside quotes, and denials with who denies.
 */

export const fishing = `Fishing league calls quota plan a “death sentence”

The North Sea Fishing League, the alliance of eleven harbour cooperatives, said on Tuesday that the new quota plan would close half the fleet.

“This plan is a death sentence for small boats,” the alliance said in a statement. “We were not consulted once.”

The Fisheries Agency rejected the league’s figures. Its spokesperson, Maria Keane, said the quotas protect cod stocks that are “close to collapse”.

According to the agency, only four boats will lose their licences.

Skipper Joe Dunne has fished out of Kilbeg for thirty years. “They say ‘consultation’, but nobody asked us,” he said.`;

export const museum = `Museum denies holding “stolen” masks

The City Museum has denied claims that three masks in its collection were taken illegally from a village in 1912.

A researcher, Dr Nadia Osei, wrote in a report last month that the masks were “plainly stolen” and should be returned.

“We bought them in good faith,” the museum’s director, Paul Varga, told reporters. He added that the museum had “nothing to hide”.

According to the Culture Ministry, no request for their return has been received.

A spokesperson for the ministry said the matter was “for the museum to settle”.

Osei dismissed the museum’s account as “a convenient story”.`;

export const border = `Ridgeland says border talks will resume in May

The Ridgeland government said on Friday that talks with Valoria on the river border would resume in May.

The Blue Palace, the office of Valoria’s president, did not confirm the date. Valoria’s foreign minister, Irena Vask, said her country had “seen no proposal”.

“Ridgeland talks about talks, but sends soldiers to the river,” Vask told the national broadcaster.

Ridgeland denied that it had moved troops. The palace called the talks a “charade”.`;

export const bakery = `Greenloaf to close its last city shop

Greenloaf, the bakery company founded in 1986, will close its shop on Mill Street next month, the company said.

Its chief executive, Sara Lind, explained the decision in a letter to staff. “Rents have doubled in three years.

“We tried everything we could. When a landlord tells you ‘pay or go’, you go,” she wrote.

Customers were dismayed. Ben Horvat, a regular for twenty years, called the closure “a scandal”. “This is where the whole street meets,” he said.`;

export const hospital = `Health watchdog slams hospital over waiting times

The Patient Safety Authority (PSA) slammed St Anne’s Hospital on Wednesday over waiting times in its emergency ward.

According to the PSA, patients waited up to nine hours to be seen. It said the hospital had ignored two earlier warnings.

The hospital denied that it had ignored any warning. “We answered both letters within a week,” said its medical director, Dr Omar Haddad.

Some staff say the ward has been short of nurses since the spring.`;

export const water = `Farmers’ alliance walks out of water talks

The Dry Valley Group is an alliance of farmers and vineyards in the south. On Thursday the alliance walked out of talks on water rights, saying the state had “rigged” the process.

The Water Board said it regretted the walk-out. Its chairwoman, Lucy Amato, said that the talks were open to all and that no decision had been taken.

The alliance contested that account.`;

/*
 * Third pass: four more invented reports, each for a rule the drafter lacked
 * (cases.spec.ts, "third pass"). A headline that names a place for whoever
 * spoke ("Kerrin condemns"), a phrase that is one choice of words however many
 * loaded words it holds, a short quoted fragment that is not a clause, quote
 * marks that translation moved onto the wrong words, a claim reported by a noun
 * ("a statement by X that …", "X’s announcement that …"), a refusal to confirm
 * that the same sentence takes back ("but it acknowledged that …"), and a
 * plainly written report that should give no loaded words at all.
 */

export const island = `Kerrin condemns “heartless” ferry cuts

The island’s transport minister, Alan Brody, condemned the mainland company’s plan to cut winter sailings as “cruel and costly” on Monday.

Brody said the cuts would leave older islanders “on the wrong side of the water” for weeks at a time.

The Northway Shipping Company said that the winter routes had lost money for six years. “We will not be bullied by this aggressive and misleading campaign,” said its chief executive, Carol Finch.`;

export const wells = `Drought plan divides farmers and ministry

The agriculture minister, Tomas Ferro, defended the new drought plan on Wednesday.

He said the plan gave farmers a “fair deal“after the” years of drought and the chaos of the last two summers. “

Farmers’ groups said the plan came too late.`;

export const lake = `Talks on the shared lake expected in March

The date was first given in a statement by Orvania’s environment minister, Petra Holm, on Tuesday that the two countries would hold talks on the lake in March.

The Lakeside Water Agency did not want to confirm Holm’s announcement that the talks will open in March, but it acknowledged that a spring meeting was planned.

Fishermen on both shores have waited for the talks since the water level fell.`;

export const library = `Library extends opening hours

The Central Library will open until eight in the evening on weekdays from March, the city council said on Monday.

The council’s culture officer, Mina Patel, said that the longer hours were paid for by a grant from the regional arts fund. “Students asked us for evening hours, and we listened,” she said.

The library closed early during the energy crisis last winter, when heating costs rose. A survey of 400 readers found that most wanted it open after work. The council warned that the Saturday hours could change if the grant is not renewed.`;

/*
 * Fourth pass: two more invented reports, each for a rule the drafter lacked
 * (cases.spec.ts, "fourth pass"). Two people who announce one event for one
 * month in different words (the pier repairs), and two speakers who describe
 * one body with opposite words, neither naming the other (the reservoir).
 */

export const pier = `Pier repairs to begin in April, mayor says

Mayor Ada Quint said on Monday that repairs to the old pier would begin in April and last all summer.

The Port Authority did not want to confirm the mayor’s announcement that the repairs will begin in April, but it acknowledged that the work was planned for the spring.

In a letter to residents, the harbour engineer, Lars Moen, wrote that his team would start the first stage of the repairs on the north wall in April, once the builders had signed their contracts.`;

export const reservoir = `Dam plan divides the Orla valley

The water company Clearwater wants to raise the dam at Lake Orla by four metres.

Its director, Hanne Sorel, said on Tuesday that the Orla dam “is a safe structure” and that the works would take two years.

Farmers’ leader Piet Brandt told a meeting in Velden that the higher water would leave the villages of the Orla valley below a dangerous wall.

Sorel said the new pumps would be quiet. Brandt said that the old pumps had always been noisy.`;

/*
 * Fifth pass: two more invented reports (cases.spec.ts, "fifth pass"). A
 * denial and a refusal to accept, whose clauses are what the deniers reject,
 * not what they say (the quarry), and one name on two different things, a
 * bridge and a road, called safe and dangerous (the Kessel crossing).
 */

export const quarry = `Quarry owner denies dust claims

Residents of Brenna say that dust from the Tolvik quarry covers their gardens every summer.

The quarry’s owner, Erik Lund, denied on Monday that the dust came from his site. His firm, Tolvik Stone, refused to accept that the blasting had cracked the walls of six houses.

The residents’ spokesperson, Ines Maro, said that the walls had cracked soon after the blasting began.`;

export const kessel = `Kessel works split the town council

Councillor Mara Voss said on Wednesday that the Kessel bridge is safe for lorries and needs no repairs.

Councillor Jon Pekka said that the Kessel road was dangerous after dark and needed new lights.`;

/*
 * Sixth pass: an invented report (cases.spec.ts, "sixth pass") whose bodies
 * are named with a tail after their head word ("the Union of Fruit Growers",
 * "the Institute for Crop Research"), and are then called by the head alone.
 */

export const orchard = `Orchard growers ask for frost aid

The Union of Fruit Growers said on Monday that the April frost had destroyed two thirds of the apple blossom.

Its chairman, Tom Reyes, said many farms would have no harvest this year. “We have never seen a spring like it,” he said.

“Aid must reach every farm, insured or not,” the union said in a statement.

The Ministry of Rural Affairs said that aid would be paid only to farms that had insurance. The Institute for Crop Research said the frost was the worst in forty years.`;

/*
 * And one (cases.spec.ts, "sixth pass") where a body speaks after a quote by a
 * description with a word before its head ("the transport authority said"),
 * right after a person's quote.
 */

export const tram = `Tram line to open a year late

The Regional Transport Authority said on Friday that the new tram line would open a year late.

The project’s engineer, Nina Holt, blamed the weather. “We lost four months to the floods alone,” she said.

“The cost will stay within the budget,” the transport authority said in a statement.`;
