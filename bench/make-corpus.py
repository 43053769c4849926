#!/usr/bin/env python3
"""Deterministic generator of a synthetic, news-like benchmark corpus for `sitrep bench`.

    python3 bench/make-corpus.py --count 2000 --out bench/corpus-2000.jsonl

Writes the JSONL corpus (one article per line: id, title, text, published, source, url)
and, next to it, a labels file (<out minus .jsonl>.labels.tsv: id, category, has_event).
One third of the articles report a conflict or crisis event; two thirds do not.
All sentences below were written for this project; people, towns, provinces, armed groups,
companies and outlets are invented (names are built from syllables and may by chance
coincide with real ones). Real country and region names appear only in neutral roles
(trade partners, loans of paintings, mediators). Same arguments -> same bytes.
Python 3 standard library only.
"""
import argparse
import datetime
import json
import random
import re
import statistics
import sys

SEED = 20240607

# ---------------------------------------------------------------------------
# Sentence pools.  "## section" starts a pool; each line is "KIND: template".
# KIND: T title, L lead, B body, C casualty/claim, Q quote, G background,
#       R reaction, X generic event filler, N generic non-event filler.
# {key} is an article slot (fixed for the article), {nA_B} a fresh number in
# [A, B], {person}/{personf}/{personm} a fresh invented name, {pct} a fresh
# percentage, {ord} a fresh ordinal.  "L@flood:" tags a line with a topic: a lead
# with a tag only combines with untagged lines and lines of the same tag (or of the
# event subtype's own name, for the shared family pools).
# ---------------------------------------------------------------------------
DATA = r"""
## event/armed_clash
T@army: Army and {group} fighters clash near {town}
T: Heavy fighting reported on outskirts of {town}
T@army: {killed} killed as rebels attack army post in {province}
T: Clashes near {town} enter second day, residents say
T@army: Soldiers and militants battle for control of road to {town}
L@army: Government troops and fighters of the {group} clashed on {day} on the outskirts of {town}, a market town in {province}, residents and military officials said.
L@army: Fighters of the {group} attacked an army checkpoint near {town} before dawn on {day}, sparking hours of fighting in which at least {killed} people were killed, officials said.
L@army: Fierce fighting broke out on {day} between soldiers and {group} militants around the villages west of {town}, forcing hundreds of families to flee, local officials said.
L@rival: Clashes between two rival armed groups, the {group} and the {group2}, killed at least {killed} people near {town} on {day}, a local monitor said.
B: Heavy machine-gun fire could be heard from the eastern districts of {town} from early morning until shortly before noon, according to two residents reached by telephone.
B@army: The attackers arrived on motorcycles and pickup trucks and opened fire on the checkpoint at the entrance to the town, a security source said.
B@army: Soldiers backed by armoured vehicles pushed the fighters back towards the hills after several hours, the army said.
B: Residents said the fighting had spread to the main market, where several shops were set on fire.
B@army: The army said it had recaptured two villages that the {group} had held since {lastmonth}.
B@army: A resident said fighters had gone from house to house after the clashes looking for men they accused of working with the army.
B: The road linking {town} to the provincial capital was closed, and trucks carrying food were stranded at a checkpoint, drivers said.
B: Helicopters were seen flying low over the area in the afternoon, residents said.
B@army: The {group} said its fighters had captured weapons and {n2_6} army vehicles, a claim the military rejected.

## event/air_strike
T: Air strikes hit {town}, killing at least {killed}
T@drone: Drone strike targets vehicle near {town}
T: Monitors report civilian deaths after air raid on {town}
T: Warplanes bomb {group} positions in {province}, military says
L: Air strikes on {town} in {province} killed at least {killed} people on {day}, a local monitor said, while the defence ministry said only militant positions had been hit.
L@drone: A drone strike hit a vehicle on the road outside {town} on {day}, killing {killed} people the military described as senior commanders of the {group}.
L: Warplanes struck a market and several houses in {town} late on {yday}, killing at least {killed} civilians and wounding {wounded}, according to residents and medical workers.
L: The air force carried out a series of strikes on {group} positions in the hills north of {town} on {day}, the military said in a statement.
B: Witnesses said they heard jets overhead shortly before the first explosion, followed by at least three more over the next twenty minutes.
B: Photographs shared by residents showed collapsed buildings and burnt-out cars in a street near the market.
B: Rescue workers were searching the rubble of a three-storey building for survivors late into the night.
B: The military said the targets had included a weapons store and a training camp and that all precautions had been taken to avoid harming civilians.
B: A local official said the strike had hit a house where two families were sheltering.
B@drone: The {group} said in a statement that the drone had struck a car carrying civilians on their way to a wedding.
B: It was the {ord} air strike on the area this month, according to residents.
B: Mourners gathered for funerals in {town} on {day} afternoon, residents said.

## event/shelling
T: Shelling kills {killed} in {town}, officials say
T: Artillery fire hits residential areas of {town}
T: Overnight shelling damages hospital in {town}
T: Shells fall on {town} for third day
L: Artillery shells fired by {group} fighters landed in residential areas of {town} on {day}, killing at least {killed} people, the regional governor said.
L: Heavy shelling overnight on {yday} damaged a hospital and several apartment blocks in {town}, local authorities said.
L: Government forces shelled villages around {town} for a third consecutive day on {day}, forcing residents to shelter in basements, a monitoring group said.
B: The shells began falling shortly after midnight and continued at intervals until dawn, residents said.
B: The hospital's maternity ward was evacuated after a shell hit the roof, a doctor said.
B: Windows were blown out in buildings up to several hundred metres from the impact sites.
B: The regional governor, {official}, said on a messaging channel that {n20_60} shells had been fired at the town.
B: Emergency crews were working to restore electricity and water to the eastern districts.
B: The army accused the {group} of firing from positions close to residential areas, an accusation the group denied.
B: Rocket fire also hit a grain warehouse on the edge of the town, destroying stocks intended for aid distribution.
B: Residents said they had spent the night in cellars and in the corridors of a school.

## event/bombing
T@convoy: Roadside bomb kills {killed} soldiers near {town}
T@suicide: Suicide bomber strikes crowded market in {town}
T@car: Car bomb explodes outside police station in {town}
T@bus: Blast hits bus in {province}, killing {killed}
L@convoy: A roadside bomb struck a military convoy near {town} on {day}, killing {killed} soldiers and wounding {wounded}, the army said.
L@suicide: A suicide bomber blew himself up in a crowded market in {town} on {day}, killing at least {killed} people, police said.
L@car: A car bomb exploded outside a police station in {town} on {day}, killing {killed} people including {n2_4} police officers, officials said.
L@bus: An explosive device hidden under a bridge hit a passenger bus in {province} on {day}, killing {killed} people, provincial police said.
B: The explosion could be heard several kilometres away, and a column of smoke rose over the town.
B@convoy: The convoy was travelling from {town2} to a base near the border when the device detonated under the lead vehicle.
B@suicide: Witnesses said the bomber approached a group of people queuing outside a bank before the blast.
B: Police cordoned off the area and bomb disposal experts searched for further devices.
B: No group immediately claimed responsibility, but the {group} has carried out similar attacks in the province.
B: The {group} said in a statement on its channel that it had carried out the attack.
B: Shopkeepers said the blast shattered windows along the street and set fire to several stalls.
B@bus: The bus was carrying passengers from {town} to the weekly market in {town2}.

## event/abduction
T@village: Gunmen abduct {hostages} from village near {town}
T@aid: Aid workers kidnapped in {province}
T@school: Students seized in night raid on school in {town}
T: Search under way for {hostages} people abducted near {town}
L@village: Gunmen abducted {hostages} people from a village near {town} on {yday} night, local officials said on {day}.
L@aid: Armed men kidnapped {hostages} aid workers on the road between {town} and {town2} on {day}, their organisation said.
L@school: Gunmen stormed a boarding school in {town} before dawn on {day} and abducted {hostages} students, police and parents said.
B@village: The attackers arrived on motorcycles and fired into the air before forcing the victims into the forest, a resident said.
B: Police said a search operation was under way with the help of the army.
B@aid: The aid group suspended its operations in the area and said it was in contact with local community leaders.
B@school: Parents gathered at the school gate on {day} morning demanding news of their children.
B: No group claimed responsibility, and there was no immediate demand for ransom.
B: Kidnappings for ransom have become increasingly common in the province, with armed gangs targeting villages, travellers and schools.
B@school: A teacher who escaped said the gunmen had threatened to kill anyone who resisted.
B: {n2_4} of the hostages escaped and were found by villagers later in the day, police said.
B: A police spokesman, {police}, said the security forces were "on the trail of the kidnappers".

## event/protest_peaceful
T@fuel: Thousands march in {town} against fuel price rise
T@farmers: Farmers drive tractors into {capital} in subsidy protest
T@students: Students stage sit-in outside education ministry
T@waste: {town} residents rally against incinerator plan
L@fuel: Thousands of people marched peacefully through the centre of {town} on {day} to protest against a sharp increase in fuel prices, organisers and police said.
L@farmers: Several thousand farmers drove tractors into {capital} on {day} to protest against cuts to agricultural subsidies, blocking the main avenue for several hours.
L@students: Hundreds of students staged a sit-in outside the education ministry in {capital} on {day}, demanding the reinstatement of a grant scheme, in a protest that remained peaceful.
L@waste: Residents of {town} held a demonstration on {day} against plans for a waste incinerator, the third such protest in a month.
B@fuel: Marchers carried banners and chanted slogans as they made their way to the governor's office, where organisers handed over a petition.
B: Police estimated the crowd at {n2_6},000, while organisers said more than {n8_15},000 people had taken part.
B: The protest ended peacefully in the late afternoon, and police said there had been no arrests.
B: Organisers said they would hold further demonstrations every {day} until the government reversed the decision.
B: The protest was called by a coalition of unions and civil society groups, including transport workers and market traders.
B: Traffic was diverted around the city centre for most of the day.
B@fuel: A government spokesman said the authorities respected the right to protest but that the measure was necessary to reduce the budget deficit.
B: Some shops closed their shutters as the march passed, but most reopened once it had moved on.

## event/protest_dispersed
T: Police fire tear gas to disperse protesters in {town}
T: Dozens arrested as police break up opposition rally
T: Police use water cannon on demonstrators in {capital}
T: Protest in {town} broken up, opposition says {wounded} hurt
L: Police fired tear gas and rubber bullets on {day} to disperse hundreds of protesters who had gathered in {town} to demand the release of a detained opposition leader, witnesses said.
L: Riot police broke up an opposition rally in {capital} on {day}, arresting at least {arrested} people, the opposition said.
L: Security forces used water cannon to disperse demonstrators who tried to march on the presidential palace in {capital} on {day}.
B: Protesters responded by throwing stones and setting tyres alight, and running battles continued for several hours.
B: A police spokesman, {police}, said officers had acted after protesters ignored orders to leave, and that the gathering had not been authorised.
B: The opposition said at least {wounded} of its supporters had been injured, some of them seriously.
B: Journalists covering the protest said police had also fired tear gas at them and confiscated a camera.
B: A rights group, {ngo}, condemned what it called "an excessive use of force against peaceful demonstrators".
B: Shops in the city centre closed early and public transport was suspended along the main avenues.
B: Videos posted online showed police beating a man lying on the ground, footage the police said they were investigating.
B: The interior ministry said {n5_20} police officers had been hurt by stones and bottles thrown by protesters.

## event/riot
T@custody: Riots erupt in {town} after death in police custody
T@communal: Mob sets fire to homes and shops in {town}
T@communal: Curfew imposed after violence between communities in {town}
L@custody: Riots broke out in {town} on {day} after a young man died in police custody, with crowds setting fire to a police station and several vehicles, officials said.
L@communal: A mob armed with sticks and machetes attacked homes and shops in {town} on {day}, killing at least {killed} people, police said.
L@communal: Authorities imposed a curfew in {town} on {day} after two days of violence between rival communities left {killed} people dead.
B: Crowds set up barricades of burning tyres on the main roads and pelted police with stones.
B: Police fired tear gas and warning shots to disperse the rioters, witnesses said.
B@communal: Several shops belonging to members of the minority community were looted and burned, residents said.
B@communal: The violence was sparked by a dispute over land between two neighbouring villages, according to local officials.
B: Troops were deployed to the town in the evening and the streets were largely quiet by nightfall.
B: The governor appealed for calm and said those responsible for the violence would be prosecuted.
B@communal: Community leaders from both sides met on {day} evening under the auspices of the local council.
B: A curfew from 7 p.m. to 6 a.m. will remain in place until further notice, the police said.

## event/arrest
T@opp: Opposition leader arrested in {capital}
T@activists: Police detain {arrested} activists ahead of planned protest
T@journalists: Journalists held after reporting on contracts scandal
L@opp: Police arrested opposition leader {oppleader} at his home in {capital} early on {day}, his party said, accusing the government of trying to silence its critics.
L@activists: Security forces detained {arrested} activists in {town} on {day}, a day before a planned demonstration against the government, a rights group said.
L@journalists: Two journalists from a local newspaper were arrested in {town} on {day} after publishing an investigation into the awarding of public contracts, their editor said.
B@activists: Plainclothes officers took the activists from their homes and offices and did not say where they were being held, relatives said.
B@activists: The interior ministry said the detainees were suspected of "inciting unrest" and would be brought before a judge within 48 hours.
B: {ngo} said the arrests were part of a wider crackdown on dissent ahead of elections.
B: Lawyers for the detainees said they had been denied access to their clients.
B@opp: The party said {oppleader} had been charged with undermining state security, a charge that carries a sentence of up to {n10_20} years in prison.
B@journalists: Supporters gathered outside the police station where the journalists were being held, calling for their release.
B: The government said the arrests had nothing to do with politics and that nobody was above the law.
B: At least {n20_60} people have been detained since the start of the year under a new public order law, according to a rights group.

## event/looting
T@shops: Looters ransack shops in {town} as police withdraw
T@warehouse: Food aid warehouse looted in {town}
T@market: Market in {town} looted and burned overnight
L@shops: Looters ransacked shops and warehouses in {town} on {day} after police withdrew from the centre of the town, residents said.
L@warehouse: Crowds broke into a food aid warehouse in {town} on {day} and carried away sacks of grain and cooking oil, the aid agency that runs it said.
L@market: Armed men looted the market in {town} on {yday} night, carrying off goods and setting fire to several stalls, traders said.
B: Traders said they had lost everything and accused the security forces of failing to protect them.
B@shops: Video footage showed people carrying televisions and sacks of flour out of a supermarket.
B@warehouse: The aid agency said about {n100_400} tonnes of food had been taken, enough to feed {n10_30},000 people for a month.
B: Police returned in the evening and arrested {arrested} people suspected of taking part in the looting, a spokesman said.
B: Some residents formed groups to guard their neighbourhoods overnight.
B: Banks and petrol stations remained closed on {day}, and residents said food prices had doubled.
B: The governor said the looting had been organised by "criminal elements" and promised compensation for traders.

## event/ceasefire
T: Government and {group} agree ceasefire in {province}
T: Truce takes effect in {province}
T: Rivals sign peace accord after talks in {mediatorcity}
L: The government and the {group} agreed on {day} to a ceasefire in {province}, to take effect at midnight, after talks mediated by {mediator}, both sides said.
L: A truce between the army and the {group} took effect in {province} on {day}, and residents of {town} reported a quiet night for the first time in weeks.
L: The government and the {group} signed an agreement in {mediatorcity} on {day} providing for a ceasefire, the release of prisoners and the return of displaced people.
B: Under the agreement, both sides will withdraw heavy weapons {n10_30} kilometres from the front line and allow aid convoys to pass.
B: A joint commission including observers from {mediator} will monitor the ceasefire.
B: The two sides also agreed to exchange prisoners within {n2_4} weeks.
B: Previous ceasefires have broken down within days, and residents said they would wait to see whether this one held.
B: The {group}'s chief negotiator, {negotiator}, said the group was committed to the agreement "as long as the other side respects it".
B: The agreement does not address the group's core demand for autonomy, which will be discussed in a second round of talks next month.
B: Aid agencies welcomed the truce and said they were preparing to send convoys to areas cut off by the fighting.
B: Both sides accused each other of minor violations in the first hours after the truce took effect, but no serious fighting was reported.

## event/expulsion
T: Government expels ambassador in espionage row
T: Diplomats ordered to leave as border dispute deepens
T: Tit-for-tat expulsions deepen diplomatic crisis
L: The government on {day} ordered the ambassador of a neighbouring country to leave within 72 hours, accusing embassy staff of running an espionage network, the foreign ministry said.
L: The foreign ministry on {day} declared {n2_5} diplomats from a neighbouring state persona non grata over what it called interference in the country's internal affairs.
L: The government said on {day} it was expelling {n2_5} diplomats in retaliation for the expulsion of its own envoys earlier in the week.
B: Foreign Minister {minister} told a news conference in {capital} that the evidence showed "direct involvement of diplomatic staff".
B: The neighbouring country's foreign ministry rejected the accusations as "absurd fabrications" and said it would respond "in a proportionate manner".
B: The expulsions follow the arrest of {n2_4} people suspected of passing information about military installations to foreign agents.
B: The chargé d'affaires was summoned to the foreign ministry and handed a formal protest.
B: Relations between the two countries have deteriorated since a dispute over a dam on their shared river flared up last year.
B: Both governments have since increased patrols along the border, and a trade agreement has been suspended.
B: Analysts said neither side appeared to want further escalation.
B: Flights between the two capitals were continuing as normal, airline officials said.

## event/natural_disaster
T@flood: Floods kill {killed} in {province}
T@quake: Earthquake strikes near {town}, damaging homes
T@landslide: Landslide buries houses in {town}
T@cyclone: Cyclone batters coast near {town}
L@flood: Flash floods swept through villages in {province} on {day} after two days of torrential rain, killing at least {killed} people, the disaster management agency said.
L@quake: An earthquake of magnitude {mag} struck near {town} early on {day}, killing at least {killed} people and damaging hundreds of homes, officials said.
L@landslide: A landslide triggered by heavy rain buried {n10_30} houses on a hillside in {town} on {day}, killing at least {killed} people, rescue officials said.
L@cyclone: A cyclone made landfall near {town} on {day} with winds of up to {n150_220} kilometres an hour, killing {killed} people and forcing tens of thousands from their homes.
B@flood: Rescue teams were using boats to reach families stranded on rooftops, the agency said.
B@flood: The river burst its banks overnight and water levels in the town rose by more than two metres in a few hours.
B@landslide: Rescuers dug through mud and debris with their hands, and heavy machinery arrived only in the afternoon because the road was blocked.
B: Power and telephone lines were down across much of the area.
B@flood: The meteorological service warned that more heavy rain was expected over the next {n2_4} days.
B@quake: Aftershocks continued throughout the day, and many residents spent the night outdoors.
B: Schools were turned into temporary shelters for families whose homes had been destroyed.
B@flood: Farmers said crops had been washed away just weeks before the harvest.

## event/industrial_accident
T@blast: Explosion at chemical plant near {town} kills {killed}
T@mine: Mine collapse traps workers in {province}
T@fire: Factory fire in {town} kills {killed}
L@blast: An explosion at a chemical plant on the outskirts of {town} on {day} killed {killed} workers and injured {wounded}, the regional emergency service said.
L@mine: A tunnel collapsed at a coal mine in {province} on {day}, killing {killed} miners and trapping {n10_30} underground, the mining company said.
L@fire: A fire swept through a garment factory in {town} on {day}, killing at least {killed} workers, many of whom were unable to escape because exits were locked, officials said.
B@blast: The blast could be heard several kilometres away and sent a plume of black smoke over the industrial zone.
B@fire: Firefighters took more than {n3_8} hours to bring the blaze under control.
B@blast: Residents near the plant were told to keep their windows closed because of fears of toxic fumes.
B: The company, {company}, said it was cooperating with investigators and had suspended operations at the site.
B@mine: Rescuers were pumping air into the mine and trying to reach the trapped men through a side tunnel.
B: Relatives gathered at the site entrance waiting for news.
B: Labour inspectors had cited the company for safety violations twice in the past three years, according to documents seen by reporters.
B: Prosecutors opened a criminal investigation into possible negligence and detained the site manager.

## event/gang_violence
T: Gang shootings leave {killed} dead in {town}
T: Police launch operation after gang killings in {town}
T: Gang attack on bus terminal leaves {killed} dead
L: Gunmen believed to belong to a criminal gang shot dead {killed} people in a neighbourhood of {town} on {yday} night, police said on {day}.
L: Police launched an operation in {town} on {day} after a wave of gang killings left {killed} people dead in a week, officials said.
L: Members of a gang attacked a bus terminal in {capital} on {day}, killing {killed} people, in what police said was a dispute over extortion payments.
B: The victims were shot outside a bar in the early hours, according to police.
B: Rival gangs have been fighting for control of drug routes and extortion rackets in the area for months.
B: Hundreds of police and soldiers took part in the operation, searching houses and setting up checkpoints.
B: Residents said gang members had demanded money from shopkeepers and transport operators for years.
B: Police said they had arrested {arrested} suspected gang members and seized weapons and ammunition.
B: The killings bring to more than {n50_200} the number of people killed in gang-related violence in the city this year, according to a local monitor.
B: The mayor called on the national government to send more police to the city.

## casualty
C: At least {killed} people were killed and {wounded} wounded, {claimant} said.
C: {claimant} put the death toll at {killed}, while {claimant2} said {killed_hi} had died.
C: The dead included {n2_5} children and {n1_3} women, according to a local health official.
C: A doctor at the district hospital said it had received {wounded} wounded, {n2_8} of them in critical condition.
C: The toll could rise as rescuers search the area, {official} told reporters.
C: {killed_lo} bodies had been brought to the morgue by {day} evening, a hospital worker said.
C: According to a local monitor, {killed_hi} people were killed, most of them civilians.
C: The ministry said {killed} people had died, but residents put the figure higher.
C: Officials said {wounded} people had been taken to hospitals in {town} and {town2}.
C: The figures could not be independently verified.
C: Among the dead was a {n20_60}-year-old teacher who was on his way home, relatives said.
C: The health ministry later raised the death toll to {killed_hi}.
C: {n2_6} of the injured were flown to the capital for treatment, the ministry said.
C: "We have counted {killed_hi} dead so far," said {person}, who heads a local volunteer group.
C: {claimant2} said at least {wounded} people had been injured, {n3_9} of them children.

## family/armed
G: The {group} has fought the government since {startyear}, demanding autonomy for {province}.
G: A ceasefire brokered by regional mediators last year collapsed in {lastmonth}.
G: Fighting around {town} has intensified since the army launched an offensive in {lastmonth} to retake villages along the border road.
G: The United Nations says more than {displaced} people have fled their homes in the province since the start of the year.
G: The {group} controls much of the countryside in the north of {province}, while government forces hold the main towns.
G: {town} lies on the main road between the provincial capital and the border, making it strategically important for both sides.
G: In {lastmonth}, an attack on a village near {town2} killed {n10_40} people, according to local officials.
G: The conflict has killed thousands of people across {province} and neighbouring provinces, according to aid agencies.
G: Peace talks hosted by {mediator} stalled last year over the question of disarmament.
G: The government has labelled the {group} a terrorist organisation and refuses to negotiate with its leaders.
G: Violence in the province has increased ahead of elections due next year.
G: The army has recruited local self-defence militias to help hold territory, a policy rights groups say has fuelled abuses.
R: The United Nations called on all parties to respect international humanitarian law and protect civilians.
R: {ngo} called for an independent investigation into the deaths.
R: The government condemned the attack as "cowardly" and vowed to bring those responsible to justice.
R: The {group} accused the army of targeting civilians, an allegation the defence ministry denied.
R: The regional bloc said it was "deeply concerned" by the escalation and urged a return to talks.
R: Aid agencies said they had been unable to reach the area because of insecurity.
R: The European Union called for restraint and a return to negotiations.
R: Opposition politicians said the government had failed to protect people in the province.
R: Local leaders said they would meet the provincial governor to discuss security.
R: Schools in {town} will stay closed until further notice, the local education office said.
Q: "We have been inside since last night. Nobody is going to the market," said one resident, a shopkeeper who asked not to be named.
Q: "The children are terrified. Every time there is a loud noise they run under the bed," said a mother of four in {town}.
Q: "Our forces are in full control of the situation," {spokes}, an army spokesman, told reporters in {capital}.
Q: "They came at night and we had no warning," a farmer from a nearby village told reporters by telephone.
Q: "We buried {n3_8} people today. We do not know how many more are under the rubble," said a local elder.
Q: "This is not the first time, and it will not be the last unless someone protects us," said a teacher in {town}.
Q: "We call on the international community to act before it is too late," a {group} spokesman said.
Q: An army spokesman, {spokes}, said soldiers had "repelled the attack and inflicted heavy losses on the enemy".

## family/unrest
G: Protests have spread across the country since the government raised fuel prices by {n20_60} percent in {lastmonth}.
G: Opposition parties have accused the government of using the security forces to suppress dissent ahead of elections next year.
G: The country has seen periodic waves of unrest over the rising cost of living, with inflation above {n10_30} percent.
G: A law passed last year requires organisers to notify the police at least {n3_7} days before any public gathering.
G: Tensions in {town} have been high since a disputed local election in {lastmonth}.
G: Rights groups say at least {n20_80} people have been killed by security forces during protests over the past two years.
G: The government has blamed the unrest on opposition parties and "foreign-funded" groups.
G: Unemployment among young people in {town} is estimated at more than {n30_50} percent.
R: The United Nations human rights office urged the authorities to respect the right to peaceful assembly.
R: The interior minister said the security forces had acted "with restraint" and would continue to maintain public order.
R: {ngo} called for the release of all those detained for peacefully expressing their views.
R: Opposition leaders called for further demonstrations next week.
R: The government said it was open to dialogue but would not tolerate violence.
R: Several embassies in {capital} issued a joint statement calling for calm.
R: Religious leaders appealed to young people to stay off the streets.
R: The bar association said it would provide free legal help to those arrested.
Q: "We are not criminals. We just want to be able to feed our families," said a {n20_60}-year-old market trader.
Q: "They treat us like enemies for asking for our rights," said a student who had been at the demonstration.
Q: "The police will not allow a small group to take the city hostage," {police}, a police spokesman, said.
Q: "I closed my shop and sent my workers home. Nobody knows what will happen tomorrow," said a shopkeeper in the town centre.
Q: "We will keep coming back until they listen," said one of the organisers, {person}.
Q: "My son went out to buy bread and did not come back," said a woman outside the police station.

## family/diplomacy
G@ceasefire: The conflict in {province} has killed thousands of people since {startyear} and displaced more than {displaced}.
G@expulsion: Relations between the two countries have been strained for years by disputes over the border and water rights.
G@ceasefire: Several previous agreements collapsed amid mutual accusations of violations.
G@ceasefire: The talks were the first direct negotiations between the two sides in more than a year.
G: Regional governments have been pressing for a settlement because of the effect of the crisis on trade and migration.
G@ceasefire: A prisoner exchange last year was seen as a sign that the two sides could cooperate.
R: The UN Secretary-General welcomed the step and urged both sides to exercise restraint.
R: The European Union said it was ready to support a peaceful settlement.
R: Opposition politicians criticised the government, saying it had handled the crisis badly.
R@ceasefire: Residents of {town} said they hoped to be able to return to their farms before the planting season.
R@ceasefire: Analysts said the real test would be whether commanders on the ground obeyed their leaders.
R@expulsion: The other side said it regretted the decision and reserved the right to respond.
Q@ceasefire: "This is a day of hope for the people of {province}," said the chief mediator.
Q@ceasefire: "We have signed many papers before. What matters is what happens on the ground," said a community leader in {town}.
Q@expulsion: "Our patience is not unlimited," Foreign Minister {minister} said.
Q@expulsion: "Both governments are playing to domestic audiences," said {analyst}, a researcher at a regional policy institute.

## family/disaster
G@natural_disaster: The region is prone to flooding and landslides during the rainy season.
G@natural_disaster: Floods and landslides killed more than {n50_200} people in the province last year.
G@natural_disaster: Scientists say climate change is making extreme weather more frequent and more intense in {region}.
G@natural_disaster: The area was hit by a similar disaster in {lastyear}, and many families had only recently rebuilt their homes.
G@industrial_accident: The site, which employs about {n200_900} people, is one of the largest employers in the province.
G: Safety campaigners have long warned about poor enforcement of building and workplace regulations.
G@industrial_accident: Industrial accidents killed more than {n100_400} workers in the country last year, according to labour ministry figures.
R@natural_disaster: The president declared a state of emergency in the affected districts and promised help for families who had lost their homes.
R: The Red Cross said it had sent teams with food, water and tarpaulins.
R@natural_disaster: Neighbouring countries offered rescue teams and equipment.
R@industrial_accident: Unions called for an independent inquiry and stricter enforcement of safety rules.
R: The government announced {n2_3} days of national mourning.
R: The prime minister visited {town} on {day} afternoon and met relatives of the victims.
Q@natural_disaster: "The water came so fast. We had only minutes to get the children onto the roof," said a resident of {town}.
Q@industrial_accident: "We heard a huge bang and then everything was shaking," said a survivor with minor injuries.
Q: "We are doing everything we can to reach the people who are still trapped," said the head of the rescue operation.
Q@natural_disaster: "We have lost everything, the house, the animals, the harvest," said a farmer.

## family/crime
G: Homicides in {town} have risen by {n10_40} percent this year, according to police figures.
G: The government declared a state of emergency in several districts last year to fight gang violence.
G: Gangs recruit teenagers from poor neighbourhoods, and many of the victims are young men.
G: Critics say the crackdown has led to arbitrary arrests and has not addressed the causes of gang violence.
G: Extortion payments demanded from bus drivers and small traders have pushed up prices across the city, business groups say.
R: The mayor called for calm and said more police patrols would be deployed.
R: Residents said they were afraid to leave their homes after dark.
R: The interior minister promised to "take back every street" from the gangs.
R: Church leaders offered to mediate between the gangs, an offer the government rejected.
Q: "We live in fear. Every night we hear shooting," said a resident who asked not to be named.
Q: "These criminals will be found and brought to justice," the police chief said.
Q: "My brother was just waiting for the bus," said the sister of one of the victims.

## eventx
X: Details were still emerging late on {day}.
X: Reporters were not able to independently verify the accounts.
X: Officials gave no further details.
X: Telephone networks in parts of {town} were cut for several hours, making it difficult to confirm reports.
X: The provincial governor's office said an investigation had been opened.
X: Local radio stations broadcast appeals for calm throughout the day.
X: Officials said they would give an update on {nextday}.
X: The interior ministry was not immediately available for comment.

## sport/football
T: {team} striker {player} fires late winner against {team2}
T: {team} hold off {team2} attack to stay top
T: {team2} coach under fire after third straight defeat
T: Goal-line drama as {team} and {team2} share the points
T: {team} name {coach} as head coach
L: {team} striker {player} scored twice in the second half as his side came from behind to beat {team2} 3-2 at {venue} on {day}, keeping alive their hopes of a first {league} title in {n8_30} years.
L: {team2} were left to rue a string of missed chances after a goalless draw with {team} at {venue} on {day}, a result that leaves both clubs in the bottom half of the {league} table.
L: {team} named {coach} as their new head coach on {day}, ending a search that began when his predecessor left by mutual consent in {lastmonth}.
L: A stoppage-time header from {player} gave {team} a 1-0 win over {team2} on {day} and sent them top of the {league}.
B: The visitors started brightly and had the first shot at goal after {n3_9} minutes, but {player2}'s effort from the edge of the area flew over the bar.
B: {team2} thought they had equalised midway through the half, only for goal-line technology to rule that the ball had not crossed the line after a frantic attack down the left.
B: "We knew they would come at us with everything, and the lads defended like their lives depended on it," {coach} told reporters after the match.
B: {player}, who joined from a second-division club in the summer, now has {n6_19} goals in all competitions this season.
B: The home side's pressing game caused problems all afternoon, and their captain was booked for a late challenge shortly before the break.
B: The striker was substituted with a hamstring injury ten minutes from time and will have a scan later this week.
B: The coach admitted that his defence had been "all over the place" for the first twenty minutes and said the squad would need to tighten up before the cup tie.
B: {team2} have now lost {n3_5} matches in a row, and a section of the away support booed the players off at the final whistle.
B: Asked about the storm of criticism that followed last week's defeat, {coach} said he had not read the newspapers and did not intend to start.
B: The fixture had originally been scheduled for {lastmonth} but was moved because of a clash with the national team's qualifying matches.
B: {player2} had a shot cleared off the line in stoppage time as the visitors pushed for a late winner.
B: Television pictures suggested the free kick that led to the opening goal had been awarded for a foul outside the area.
B: "Fire up the crowd, get the ball forward quickly, and the goals will come," the captain said of the team's approach to home matches.
B: Goalkeeper {player2} made a string of saves in the final ten minutes, including a one-handed stop from a header at the far post.
B: The win lifts {team} to {ord} place in the {league}, {n1_6} points behind the leaders with {n5_12} games to play.
B: {team} travel to {town2} next weekend, while {team2} host the league leaders in what their coach called "a must-win game".

## sport/cricket
T: Record-breaking strike rate lifts {team} to series win
T: {player} century sets up {team} victory over {team2}
T: Bowling attack wins it for {team} at {venue}
T: Rain frustrates {team} as {team2} hang on for draw
L: {player} hit an unbeaten {n60_140} from {n40_90} balls, a record-breaking strike rate for the ground, as {team} chased down their target with {n3_9} overs to spare on {day}.
L: A five-wicket haul from the left-arm seamer {player2} bowled {team2} out for {n110_190} on {day}, setting up a comfortable win for {team} at {venue}.
L: {team2} batted out the final session on {day} to secure a draw against {team} after rain wiped out most of the morning's play at {venue}.
B: The bowling attack, led by {player2}, took {n5_8} wickets for {n20_60} runs in a spell that turned the match.
B: Statisticians said {player}'s strike rate of more than {n140_190} was the highest by a {team} batter in a limited-overs match at the ground.
B: {team2}'s openers put on {n40_90} for the first wicket before a collapse in which they lost five wickets for {n12_30} runs.
B: "The pitch was a bit two-paced, so we told the bowlers to attack the stumps," the captain said.
B: A dropped catch at slip in the {ord} over proved costly as {player} went on to make his highest score of the season.
B: The umpires took the players off for bad light with {n8_20} overs remaining.
B: The series now moves to {town2}, where {team} have not lost in {n4_9} years.
B: The young wicketkeeper, playing only his {ord} match, took four catches and completed a stumping.
B: {team2}'s captain said his batters had "given their wickets away" with loose shots against the spinners.
B: Spectators on the grass bank cheered every boundary, and the stand was full by lunch.

## sport/*
B: A crowd of {n8_40},{n100_999} packed into {venue}, the biggest attendance of the season so far.
B: Ticket prices for the next home game have been frozen after supporters' groups complained about the cost of following the club.
B: The club's academy has produced {n3_7} first-team players in the past two seasons, a record the board says it intends to build on.
B: Both teams agreed afterwards that the pitch, relaid in the summer, had played well despite heavy rain on the morning of the match.
B: The disciplinary panel will meet next week to consider a complaint about the conduct of both benches.
B: Sponsorship income at the club rose by {n5_25} percent last season, according to accounts published in {lastmonth}.
B: The women's team, who play at the same ground, lead their division by {n3_9} points and are unbeaten since the start of the season.
B: A minute's applause was held before the start in memory of a former club president who died last month at the age of {n78_95}.
B: {player} said he had been determined to prove himself after being left out of the side for the previous two matches.
B: The victory was the club's first away from home since {lastmonth}.
Q: "It was a proper team performance, and everybody put a shift in," {coach} said.
Q: "We are not getting carried away. There is a long way to go this season," said {player}.

## business/retail
T: Supermarket price war squeezes margins at {company}
T@profit: {company} shares jump after profit beats forecasts
T@cuts: {company} to close stores and cut {n200_900} jobs
T@prices: Shoppers gain as grocery price war deepens
L@profit: Shares in {company} rose {pct} percent on {day} after the retailer reported a {n5_30} percent rise in first-half profit, saying it had gained market share despite a price war among the country's largest supermarket chains.
L@cuts: {company} will close {n3_12} stores and cut about {n200_900} jobs as part of a plan to reduce costs by the end of {nextyear}, the chain said on {day}.
L@prices: Grocery prices fell for the {ord} month in a row in {lastmonth} as the country's biggest supermarkets slashed prices to win customers, official figures showed on {day}.
B@profit: Analysts had expected a more modest increase, and the results sent the stock to its highest level since {lastyear}.
B: The price war, which began when a discount chain cut the price of hundreds of everyday items in {lastmonth}, has pushed grocery inflation down to its lowest level in three years.
B: "Customers are shopping around more than ever, and we intend to be the place they end up," chief executive {ceo} told analysts on a conference call.
B@profit: The company raised its full-year forecast and said it would pay an interim dividend of {n5_40} cents a share.
B@profit: Operating margins narrowed to {pct} percent from {pct2} percent a year earlier as the group absorbed higher wage and energy costs.
B@cuts: Unions said they would seek urgent talks with management about the job cuts and called on the company to offer voluntary redundancy first.
B: Some investors have questioned whether the company can keep cutting prices without damaging relations with its suppliers, many of them small farmers in {province}.
B: Online sales grew faster than in-store sales for the {ord} quarter in a row and now account for about a fifth of revenue.
B: "It is a bloodbath for the smaller players," said {analyst}, an analyst at {bank}, referring to the effect of the price war on regional chains.
B: Shoppers interviewed outside a branch in {town} said they had noticed the prices of bread and milk coming down in recent weeks.
B: The chain said it would invest {n50_300} million dollars over three years in its distribution centres, including a new warehouse outside {town}.

## business/merger
T: {company} and {company2} in merger talks
T: {company2} shares soar on takeover approach
T: Regulator to scrutinise {company} bid for {company2}
L: {company} said on {day} it was in talks to buy its smaller rival {company2} in a deal that analysts said could value the combined group at more than {n2_9} billion dollars.
L: Shares in {company2} soared on {day} after the company confirmed it had received a takeover approach from {company}.
L: The competition regulator said on {day} it would open an in-depth review of {company}'s proposed purchase of {company2}.
B: The board said the offer was "a significant premium" to the undisturbed share price but urged shareholders to take no action for now.
B: {company2}'s shares jumped {n10_35} percent in early trading, briefly triggering a suspension under exchange rules designed to curb volatility.
B: Investors have speculated for months that {company2} could become the target of a hostile takeover bid from a foreign rival.
B: The regulator said it would examine the deal closely to make sure consumers did not face higher prices or less choice.
B: The merger would create the country's second-largest operator, with more than {n300_1200} outlets and about {n20_60},000 employees.
B: A spokeswoman declined to comment on reports that {company} had also approached a private equity firm about selling one of its divisions.
B: Under stock exchange rules, {company} has until {nextmonth} to make a firm offer or walk away.
B: The chief financial officer, {cfo}, said the combined company would save about {n50_200} million dollars a year in costs.
B: The deal would be the largest in the sector since {lastyear0}.

## business/markets
T: Central bank holds rates as inflation eases
T: Stocks close higher as inflation slows
T: Currency firms after central bank decision
L: The central bank left its benchmark interest rate unchanged at {rate} percent on {day}, saying inflation had eased more quickly than expected but that it was too early to declare victory.
L: Stocks closed higher on {day} after data showed inflation slowing to {pct} percent in {lastmonth}, the lowest rate for more than two years.
L: The currency strengthened against the dollar on {day} after the central bank signalled that interest rates were likely to stay on hold for some time.
B: The bank's governor, {official}, said the labour market remained tight and that policymakers stood ready to act if price pressures returned.
B: Economists polled beforehand had been split on whether the bank would cut rates this month, with a narrow majority expecting no change.
B: Trading volumes were thin ahead of a holiday weekend, and the broader market index closed {pct} percent higher.
B: Yields on two-year government bonds rose slightly after the decision.
B: Exports to {country} and {country2}, the two biggest markets for the country's goods, rose by a combined {n4_18} percent.
B: Consumer confidence rose in {lastmonth} to its highest level since before the pandemic, according to a survey published on {day}.
B: Small businesses in {town} said higher borrowing costs had made it harder to invest, and they welcomed signs that rates had peaked.
B: Bank shares led the gains, while energy stocks fell as oil prices slipped.
B: Annual inflation peaked at more than {n8_12} percent two years ago.
B: The next rate decision is due in {nextmonth}.

## business/*
B: The company's shares have fallen by about a third over the past year amid concerns about rising debt.
B: The results were published a day earlier than planned after details leaked to a financial news website.
B: Analysts at {bank} raised their price target for the stock after the announcement.
B: The company employs about {n3_30},000 people and has its headquarters in {town}.
Q: "The numbers speak for themselves," {ceo} said. "We are in a stronger position than we have been for years."
Q: "Investors want to see whether this can last," said {analyst}, a strategist at {bank}.

## technology/devices
T: {techco} bets on "killer app" for its new phone
T: New phone launch draws queues in {capital}
T: {techco} unveils phone with night camera
L: {techco} unveiled its latest smartphone on {day}, promising longer battery life and a camera that the company said could take a sharp shot in near darkness.
L: Queues formed outside {techco}'s flagship store in {capital} from the early hours of {day} as its new handset went on sale.
L: {techco} said on {day} that a new messaging feature would be the "killer app" that persuades owners of older models to upgrade.
B: Executives described the feature as the killer app of the year, although rivals already offer something similar.
B: The device goes on sale in {nextmonth} at a starting price of about {n400_1200} dollars, slightly more than last year's model.
B: Reviewers who tested pre-release units praised the screen but said the battery fell short of the company's claims under heavy use.
B: The company said its engineers had spent two years developing the chip that powers the camera, which can fire up in under half a second.
B: "People do not buy specifications, they buy what the phone lets them do," said {techexec}, the company's head of product.
B: Analysts said the launch would intensify a price war with rival handset makers, several of which have cut prices on mid-range models this year.
B: Some fans said they had waited since midnight to be among the first to buy the phone.
B: The company's shares rose {pct} percent after the launch, recovering some of the ground lost since a disappointing quarterly report.
B: Artificial intelligence features, including a tool that summarises long messages, will be available only in English at first.
B: The launch event, streamed live, was briefly interrupted by a technical fault that cut the presenter's microphone.
B: Industry figures show that smartphone sales in {region} fell by {n3_9} percent last year as consumers held on to their devices for longer.

## technology/startups
T@battery: Start-up in {town} raises funds for battery recycling
T@hire: {town} software firm to hire {n100_500} engineers
T@funding: Venture funding for local start-ups hits record
L@battery: A start-up based in {town} has raised {n5_40} million dollars to expand a process that recovers lithium and cobalt from used batteries, its founders said on {day}.
L@hire: The software company {techco} said on {day} it would hire {n100_500} engineers over the next year, many of them at a new office in {town2}.
L@funding: Start-ups in the country raised a record amount of venture capital in {lastyear}, with clean technology and health software attracting the most money, an industry report said on {day}.
B@battery: The start-up, founded by two former university researchers, employs {n20_90} people and plans to open a second plant in {country}.
B: Investors in the funding round included a regional development bank and a venture fund that specialises in clean technology.
B@battery: Engineers at the start-up say their process uses about half as much energy as conventional recycling methods.
B@hire: {techco}'s cloud business, which rents computing power to other companies, grew by {n15_40} percent in the last quarter.
B: Founders complained that it was still hard to find experienced engineers, especially in data security.
B@hire: The company said it would keep its headquarters in {town} despite offers of tax breaks from other cities.
B: "We want to prove that you do not have to move to a big city to build a global company," said co-founder {personf}.

## technology/regulation
T@data: Regulators question {techco} over location data
T@router: Researchers warn of router flaw
T@broadband: Government unveils plan to extend broadband to rural areas
L@data: The data protection authority said on {day} it had opened an inquiry into how {techco} handles location data collected from users of its maps app.
L@router: Cybersecurity researchers warned on {day} that a flaw in a widely used home router could allow attackers to take control of home networks, and urged users to update their software.
L@broadband: The government on {day} set out a plan to bring high-speed broadband to every village of more than {n200_500} people within five years.
B@data: The inquiry follows a complaint by a consumer group which said the app continued to track users' movements after they had switched off location sharing.
B@data: The company said it complied fully with the law and would cooperate with the regulator.
B@data: Under data protection rules, the authority can impose fines of up to four percent of a company's global annual turnover.
B@router: The manufacturer said it had fixed the vulnerability within days of being notified and had no evidence that it had been exploited.
B@broadband: Only {n40_70} percent of rural households currently have access to a connection of more than 30 megabits per second, according to the telecoms regulator.
B@broadband: The programme will be funded by {n200_800} million dollars of public money, with operators expected to contribute a similar amount.
B@broadband: Critics said previous broadband targets had been missed and called for clearer milestones.
B@broadband: A pilot project in {town} connected {n300_900} homes last year, and the council said demand had far exceeded expectations.
B: A parliamentary committee is due to question executives from the main social media platforms next month about measures to protect children online.

## technology/*
B: The company's engineering team in {town} has grown from a dozen people to more than {n100_400} in three years.
Q: "Technology only matters if it makes people's lives easier," said {techexec}.

## culture/film
T@film: "{film}" opens {festival} to packed houses
T@film: Debut director wins top prize at {festival}
T@musical: Summer musical bombs at the box office
L@film: The {festival} opened on {day} with the premiere of "{film}", a drama about three generations of a fishing family in {province}, directed by {director}.
L@film: "{film}", the first feature by {director}, won the main prize at the {festival} on {day}, beating entries from {n10_25} countries.
L@musical: A summer musical at the oldest theatre in {town} bombed at the box office and will close three weeks early, its producers said on {day}.
B@film: The director said the film had been shot over six weeks in the harbour villages where her grandparents had lived.
B@film: Festival organisers said {n20_60},000 tickets had been sold before the opening night, a record for the event.
B@film: Critics were divided. One called the film "a quiet triumph", while another said its slow pace would test the patience of all but the most devoted audiences.
B@film: The lead actor, {actor}, drew a storm of applause when she appeared on stage after the screening.
B@film: The festival's programme includes {n80_150} films from {n20_40} countries, with a strand devoted to first-time directors.
B@film: The film was shot in black and white, a choice the director said was inspired by the photographs in her family's albums.
B@film: Tickets for the remaining screenings are available from the festival box office and online.
B@musical: Producers blamed the musical's poor sales on a hot summer and competition from an outdoor concert series.
B@film: The jury described the winning film as "a tender, funny and unsentimental portrait of a family".

## culture/art
T@altar: Museum in {town} unveils restored altarpiece
T@letters: Gallery appeal to buy painter's letters
T@exhibition: Exhibition brings together works from {n5_12} countries
L@altar: After four years of painstaking work, conservators at the {town} Museum of Art on {day} unveiled a restored fifteenth-century altarpiece that had been badly damaged by damp.
L@letters: The {town} Museum of Art launched an appeal on {day} to raise {n100_600},000 dollars to buy a collection of letters written by a painter to her sister.
L@exhibition: A major exhibition of landscape painting opened in {capital} on {day}, bringing together more than {n80_200} works on loan from collections in {country} and {country2}.
B@altar: Restorers removed layers of varnish and overpaint applied in the nineteenth century, revealing colours that had not been seen for generations.
B@altar: "It is like meeting an old friend and discovering they have been wearing a disguise for two hundred years," said chief conservator {person}.
B@altar: The altarpiece will be displayed in a new gallery from {nextmonth}, alongside a display explaining how the restoration was carried out.
B: The gallery's director said visitor numbers had returned to pre-pandemic levels for the first time this year.
B: The sculpture, a bronze figure of a woman holding a lantern, will stand in the square outside the new library.
B@exhibition: Curators spent three years tracing paintings that had been sold abroad in the last century.
B@exhibition: Entry to the permanent collection remains free, but tickets for the exhibition cost {n8_20} dollars.

## culture/books
T@prize: Novelist {author} wins national book prize
T@shortlist: Debut short stories make prize shortlist
T@libraries: Libraries report rise in borrowing
L@prize: {author} won the national book prize on {day} for "{book}", a novel about a lighthouse keeper who takes in a stranger during a winter storm.
L@shortlist: A debut collection of short stories by a {n24_35}-year-old writer from {town2} was named on {day} among {n5_7} books shortlisted for the national book prize.
L@libraries: Public libraries in {province} lent {n1_4} million books last year, an increase of {n3_12} percent, according to figures released on {day}.
B@prize: The judges praised the novel's "precise, unshowy prose" and its portrait of a small community at the edge of the sea.
B@prize: The prize carries an award of {n10_50},000 dollars, and past winners have typically seen sales of their books increase several times over.
B@prize: {author}, a former schoolteacher who published her first novel at the age of {n45_60}, said she had written most of the book at her kitchen table.
B@libraries: Children's books accounted for almost half of all loans, librarians said.
B@shortlist: The winner will be announced at a ceremony in {capital} in {nextmonth}.
B: Publishers said sales of poetry had risen for the {ord} year in a row, driven by younger readers.

## culture/*
B: Local artists have criticised the council's decision to cut arts funding by {n5_20} percent, saying small venues would be hit hardest.
B: "Theatre has always been a place where a town argues with itself," the artistic director said at the launch of the season.
B: Organisers of the jazz festival said a clash with a major football match had kept some people away on the final night.
B: The orchestra's new principal conductor, {personf}, said she wanted to take concerts to schools and village halls across {province}.
B: The opera, which tells the story of a mining town's last summer before the pit closed, will tour {n5_12} venues next year.
B: The band's farewell tour will end with two nights in {capital} in {nextmonth}, and tickets sold out within an hour.

## science/space
T@comet: Astronomers spot comet approaching inner solar system
T@clock: Record for optical clock stability claimed at {university}
T@observatory: Observatory near {town} to open visitor centre
L@comet: Astronomers at the {university} observatory said on {day} they had detected a comet that will pass within {n30_90} million kilometres of Earth in {nextmonth}, close enough to be seen with binoculars.
L@clock: Physicists at {university} said on {day} they had set a record for the stability of an optical clock, which would lose less than a second over the age of the universe.
L@observatory: The observatory outside {town} will open a visitor centre next year where members of the public can look through a telescope on clear nights, {university} said on {day}.
B@comet: The team used a robotic telescope to take a series of images over three nights, and the comet's movement against the background stars confirmed the discovery.
B@comet: "This is exactly the kind of object our survey was designed to find," said {scientist}, who led the observations.
B@comet: The comet is expected to be brightest in the early evening, low in the western sky, shortly after sunset.
B@comet: A spokesman for the national space agency said the comet posed no threat to Earth.
B@clock: Such clocks could one day be used to detect tiny changes in gravity caused by movements underground.
B@observatory: The telescope, built in the 1970s, was refurbished last year with new instruments.

## science/archaeology
T@carpark: Ancient settlement found beneath {town} car park
T@trackway: Wooden trackway uncovered near {town}
L@carpark: Archaeologists excavating the site of a planned car park in {town} have uncovered the remains of a settlement they believe is more than {n2_4},000 years old.
L@trackway: The remains of a wooden trackway preserved in waterlogged ground have been uncovered near {town}, archaeologists from {university} said on {day}.
B: The excavation revealed the outlines of at least {n6_14} round houses, along with pottery, grinding stones and the remains of a hearth.
B: Radiocarbon dating of charred grain found at the site will help establish exactly when it was occupied, the archaeologists said.
B@carpark: Construction of the car park has been postponed while the excavation continues, the council said.
B@trackway: The trackway suggests the settlement stood at the edge of a marsh, the team said.
B: Students from local schools will be invited to help sort and record finds over the summer.
B: "We had no idea this was here. It rewrites the early history of the town," said {scientist}, who is leading the dig.

## science/nature
T@wheat: Drought-resistant wheat passes field trials
T@bees: Researchers map bee decline in {province}
T@sea: Deep-sea survey finds dozens of new species
L@wheat: A drought-tolerant variety of wheat developed by researchers at {university} produced yields {n10_30} percent higher than standard varieties in field trials last season, the team reported on {day}.
L@bees: A survey of wild bees across {province} found that numbers of several common species fell by nearly a third over a decade, researchers said on {day}.
L@sea: A research vessel from {university} returned to port on {day} after six weeks at sea with samples of what scientists believe are dozens of species new to science.
B@wheat: The new variety was bred using conventional methods from a strain collected in {country} decades ago and stored in a seed bank.
B@wheat: Farmers who took part in the trials said the plants stayed green for longer during a dry spell in early summer.
B@wheat: The researchers caution that the results come from a single season and that further trials are needed before the seed is released.
B@bees: The bee survey relied on thousands of volunteers who counted insects along fixed routes every summer.
B@bees: Loss of wildflower meadows and the use of certain pesticides were the most likely causes of the decline, the authors said.
B@sea: The expedition used a remotely operated vehicle to collect samples at depths of up to {n2_5},000 metres.
B@sea: Scientists said at least {n20_50} of the species were probably new, though confirming that could take years.
B@sea: "Every time we go down, we find something we did not expect," said {scientist}, a marine biologist.
B@bees: The findings add to a growing body of evidence that insect populations are declining across much of {region}.

## science/*
B: The study was published in a peer-reviewed journal on {day}.
B: Funding for the project came from a national science foundation and a private trust.
B: The team has shared its data with researchers in {country}, who are running similar studies.
B: The university plans to present the results at a conference in {nextmonth}.
Q: "Good science takes time, and we are only at the beginning," said {scientist}.

## health/vaccines
T@flu: Flu shot campaign begins as clinics report early cases
T@child: Childhood vaccination rates recover
L@flu: Health authorities began the annual flu vaccination campaign on {day}, urging people over 65, pregnant women and those with long-term conditions to get their shot before the winter.
L@child: Childhood vaccination rates have recovered after a dip during the pandemic, with {n90_96} percent of two-year-olds now fully vaccinated, the health ministry said on {day}.
B@flu: Pharmacies and family doctors will offer the vaccine free of charge to eligible groups until the end of {nextmonth}.
B@flu: "The flu shot is the single best thing you can do to protect yourself and the people around you," said chief medical officer {doctor}.
B@flu: Doctors reported a small number of early cases in {province}, earlier than usual, though officials said it was too soon to say whether the season would be severe.
B@child: The ministry said it would send reminder letters to parents whose children had missed appointments.
B@flu: Nurses will visit schools in {town} and {town2} to give the nasal spray vaccine to primary pupils.

## health/hospitals
T@cancer: Hospital in {town} opens new cancer unit
T@waiting: Waiting lists fall for second month
L@cancer: {hospital} in {town} opened a {n10_40}-bed cancer treatment unit on {day}, which managers said would cut the time patients wait to start radiotherapy.
L@waiting: The number of patients waiting more than a year for planned operations fell for the second month in a row, according to figures published by the health ministry on {day}.
B@cancer: The new unit has two linear accelerators and will treat about {n40_90} patients a day when fully operational.
B@cancer: Until now, patients from {town} and surrounding villages had to travel up to {n60_150} kilometres for treatment.
B@cancer: The unit was paid for partly by a public appeal that raised more than {n1_4} million dollars from local people and businesses.
B@waiting: Waiting times in emergency departments remain above target, with about a quarter of patients waiting more than four hours.
B: The casualty department at {hospital} was refurbished last year and now has separate areas for children and adults.
B@waiting: Unions representing nurses said staff shortages were still the biggest obstacle to clearing the backlog.
B@waiting: The ministry said an extra {n500_2000} nurses had been recruited over the past year, many of them from abroad.
B@waiting: The health minister, {minister}, said the figures showed that extra investment was "starting to pay off", but admitted there was "a long way to go".
B@waiting: Opposition politicians said the improvement was too slow and that patients in rural areas were still waiting far longer than those in cities.
B: Visiting hours at the hospital will be extended from {nextmonth} after a consultation with patients and families.

## health/lifestyle
T@sleep: Study links short sleep to heart risk
T@salt: Health ministry launches campaign to cut salt intake
L@sleep: Adults who regularly sleep fewer than six hours a night face a higher risk of heart disease, according to a study of more than {n20_90},000 people published on {day}.
L@salt: The health ministry launched a campaign on {day} to cut the amount of salt people eat, warning that high blood pressure was the leading cause of avoidable strokes.
B@sleep: Researchers followed participants for an average of {n8_15} years and adjusted the results for factors such as smoking, weight and exercise.
B@sleep: The authors stressed that the study showed an association rather than proof that short sleep causes heart disease.
B@sleep: Experts recommend that adults aim for seven to nine hours of sleep a night and keep a regular bedtime.
B@salt: The campaign will include television advertisements and new labels on packaged food showing salt content in traffic-light colours.
B@salt: Average salt consumption is about nine grams a day, nearly double the level recommended by the World Health Organization.
B@salt: Food manufacturers have agreed to cut salt in bread, breakfast cereals and ready meals by {n10_25} percent over three years.
B: Doctors said the killer combination of high blood pressure, smoking and inactivity accounted for most avoidable heart attacks.
B: A mobile screening unit will visit {n10_30} villages in {province} over the summer, offering free blood pressure and diabetes checks.

## health/*
B: A pilot scheme that lets pharmacists prescribe treatment for minor infections has freed up thousands of doctors' appointments, an evaluation found.
B: Researchers at {university} are recruiting volunteers for a trial of a new treatment for migraine.
B: The ministry said it would publish a new strategy for mental health services before the end of the year.

## weather/warm
T: Spring sunshine draws crowds to {town} beaches
T: Warm spell to continue into next week
T: Dry, settled weekend ahead, forecasters say
L: Temperatures reached {n22_29} degrees in {town} on {day}, the warmest day of the year so far, as sunshine drew thousands of people to the coast.
L: A settled spell of high pressure will bring clear skies and light winds to most areas over the weekend, the weather service said on {day}.
L: The warm, dry weather will continue into next week, with temperatures a few degrees above average for {month}, forecasters said on {day}.
B: Car parks at the seafront were full by late morning, and ice-cream sellers reported brisk business.
B: Pollen levels will be high in the south and east, the weather service said, advising hay fever sufferers to take precautions.
B: Forecasters said the warm spell was caused by a slow-moving area of high pressure drawing in air from the south.
B: Sea temperatures along the coast are around {n13_18} degrees, a little above average for the time of year.
B: Farmers said the dry weather had allowed them to make good progress with the harvest.
B: Cyclists and walkers were urged to take plenty of water and sun cream if heading out during the warmest part of the day.
B: Local authorities reminded residents that barbecues are not permitted in the national park during dry spells.
B: The sailing regatta off {town} will go ahead as planned, with steady winds of around {n10_18} knots forecast.
B: Reservoir levels are at {n70_95} percent of capacity, comfortably above the level at which water companies would consider restrictions.

## weather/cool
T: Mild week ahead with showers in the west
T: First frost of autumn expected in {province}
T: Changeable weather to end the month
L: Forecasters expect a mostly mild week across the country, with a band of light rain moving in from the west later in the week.
L: The national weather service said on {day} that the first frost of the autumn was likely in sheltered valleys of {province} overnight.
L: Sunshine and showers will alternate over the coming days, with temperatures close to normal for {month}, the weather service said on {day}.
B: Daytime temperatures will range from {n8_12} degrees in the north to {n14_19} degrees in the south.
B: Showers will be heaviest over high ground in the morning but should clear by the afternoon.
B: Gardeners were advised to bring tender plants indoors or cover them with fleece overnight.
B: Overnight temperatures could fall to {n0_3} degrees in rural areas, with patchy fog by dawn.
B: Winds will be light to moderate, strongest near exposed coasts.
B: Mist and low cloud will lift slowly in coastal areas, giving way to sunny spells.
B: Skiers will find good conditions at higher resorts, where fresh snow fell earlier in the week.
B: Anglers on the river said the clear, cool mornings had brought good catches.

## weather/*
B: Rainfall in {lastmonth} was close to the long-term average, according to provisional figures.
B: "It is perfectly normal weather for the time of year, nothing dramatic," said duty forecaster {person}.
B: The weekend looks dry for most, though there is a small chance of a shower in the far north-west.
B: The outlook for next week is changeable, with spells of sunshine and showers.
B: The weather service's long-range forecast suggests the rest of the month will be slightly warmer than average.
B: Ferry services were running normally, with only a moderate swell in the straits.
B: In the capital, temperatures will peak in the middle of the afternoon before a clear, calm night.

## transport/rail
T@line: New rail line between {town} and {town2} opens
T@tram: Tram extension approved in {town}
T@signal: Signal fault delays morning trains
L@line: The first passenger train on the new line between {town} and {town2} left on time at 6:{n10_50} on {day}, cutting the journey between the two towns to {n25_45} minutes.
L@tram: The city council in {town} approved a {n3_8}-kilometre extension of the tram network on {day}, with the first section due to open in {nextyear}.
L@signal: Commuters faced delays of up to an hour on {day} morning after a signal fault near {town}, the rail operator said.
B@line: The line, which took {n4_7} years to build, includes {n2_5} new stations and a viaduct across the river valley.
B@line: "For the first time, you can live in {town2} and work in {town} without a car," said the transport minister, {minister}, who travelled on the first train.
B@line: Tickets for the new route went on sale last month, and the operator said advance bookings had been strong.
B@line: Passengers on the first service were handed a commemorative ticket and a cup of coffee.
B@signal: The rail operator apologised for the disruption and said engineers had replaced a faulty cable.
B: The government has promised to electrify the remaining diesel sections of the main line by the end of the decade.
B@line: Residents living near the new line said trains were quieter than they had feared.
B@line: Parking charges at the station will be reduced for the first three months to encourage people to try the service.
B: A clash between the new timetable and school hours means some pupils will arrive ten minutes early, the council admitted.

## transport/air
T@routes: {airline} adds routes to {country}
T@airport: Airport expects record passenger numbers
L@routes: {airline} said on {day} it would launch direct flights to {n3_6} cities in {country} and {country2} from {nextmonth}, as demand for summer travel continues to grow.
L@airport: The airport serving {town} expects to handle a record {n5_15} million passengers this year, its managers said on {day}.
B@routes: The airline will use new narrow-body aircraft on the routes, which it says burn about {n15_20} percent less fuel than older models.
B@routes: Some travel agents said the new routes would spark a price war with rival carriers already flying to the same destinations.
B@routes: Fares start at about {n60_150} dollars one way, including a cabin bag.
B: Taxi drivers at the airport said they hoped the new routes would bring more business in the quieter months.
B@airport: The airport is building a new security hall to cut queues at peak times.

## transport/road
T@bypass: Roadworks to close {town} bypass for three weekends
T@bus: Bus fares frozen for another year
T@port: Port of {town} handles record cargo volumes
L@bypass: The {town} bypass will be closed in both directions for three weekends from {nextmonth} while engineers replace the surface and repair a bridge, the roads agency said on {day}.
L@bus: The regional transport authority said on {day} it would freeze bus fares for another year, funded by an extra {n5_30} million dollars from the provincial government.
L@port: Cargo volumes at the port of {town} rose by {n5_15} percent last year, driven by exports of machinery and farm products, the port authority said on {day}.
B@bypass: Diversions will be signposted, and drivers have been warned to expect delays of up to half an hour at peak times.
B@bypass: The bridge was last resurfaced in the 1990s, and inspectors found that its expansion joints had worn out.
B@bus: Bus passenger numbers in the region have recovered to about {n85_99} percent of their pre-pandemic level.
B@bus: The authority said it would also introduce {n20_60} electric buses on routes serving {town} and {town2}.
B@port: Work on a new container terminal is due to begin next year after the environmental assessment was approved.
B: Cycling groups welcomed plans for a protected bike lane along the seafront, though some businesses worried about the loss of parking.
B: Average journey times on the motorway between {town} and the capital have increased by {n5_15} percent over five years, according to the roads agency.

## transport/*
B: A survey of commuters found that reliability mattered more to passengers than speed or price.
B: The ferry operator said it would add a late-evening sailing during the summer months.
Q: "People want services that turn up on time, every time," said {person}, who chairs a passengers' association.

## education/schools
T@exams: Exam results improve in {province} schools
T@meals: School meals scheme extended to all primary pupils
T@village: Parents campaign to save village school
L@exams: Pupils in {province} achieved their best exam results in a decade, with {n70_85} percent passing at least five subjects, figures published on {day} showed.
L@meals: Free school meals will be offered to all primary school pupils from the start of the next school year, the education minister announced on {day}.
L@village: Parents in a village near {town} have started a campaign to save its primary school, which has only {n18_35} pupils and faces closure, organisers said on {day}.
B@exams: The improvement was strongest in mathematics, where the proportion of pupils reaching the expected standard rose by {n3_8} percentage points.
B@exams: "These results are a tribute to the hard work of pupils, teachers and parents," said the head of the provincial education board, {person}.
B@exams: The gap between results in urban and rural schools narrowed slightly but remains wide, the figures showed.
B@meals: Parents' groups welcomed the meals scheme, saying it would save families with two children several hundred dollars a year.
B@meals: The scheme will cost about {n100_400} million dollars a year and will be funded from the education budget.
B@meals: Headteachers warned that some older schools lacked kitchens large enough to prepare hot meals for every pupil.
B: The school's debating team won the national championship after a clash with last year's winners on whether cities should ban cars.
B: A new primary school in {town2} will open in {nextmonth}, the first to be built in the district for twenty years.
B@exams: Inspectors rated {n70_90} percent of schools in the province as good or outstanding.

## education/higher
T@medical: University of {town} plans new medical school
T@apprentice: Record number apply for apprenticeships
L@medical: The University of {town} said on {day} it would open a medical school in {nextyear}, training up to {n80_150} doctors a year to help ease shortages in rural hospitals.
L@apprentice: Applications for apprenticeships rose by {n8_20} percent this year, with engineering and healthcare the most popular fields, the education ministry said on {day}.
B@medical: The medical school will be built on the university's science campus and is expected to cost {n60_200} million dollars.
B@medical: Students will spend part of their training in community clinics and small hospitals across {province}.
B@medical: The university has also agreed a partnership with a hospital group in {country} to offer student exchanges.
B@apprentice: Enrolment at the region's technical colleges has doubled in a decade, driven by demand from local manufacturers.
B: Students at the engineering faculty built a solar-powered car that will compete in a race across the desert next year.
B: The university said tuition fees for domestic students would remain unchanged.

## education/pay
T@pay: Teachers' pay deal agreed after months of talks
T@calendar: Ministry to review school calendar
L@pay: Teachers will receive a pay rise of {pct} percent this year and a further increase next year under a deal agreed between unions and the education ministry on {day}.
L@calendar: The education ministry said on {day} it would review the school calendar after complaints from parents that the summer holiday was too long.
B@pay: The union's members will vote on the deal over the next two weeks, and leaders have recommended that they accept it.
B@pay: The agreement also includes a commitment to reduce paperwork and to cap class sizes at {n25_30} pupils in the first years of primary school.
B: Teachers said the biggest challenge was attracting staff to teach physics and computer science, where shortages are most acute.
B: The minister said the government would also expand free nursery places for children aged two.

## education/*
B: The education ministry plans to publish new guidelines on the use of mobile phones in classrooms later this year.
B: Libraries and community centres will stay open late during the exam season to give pupils quiet places to study.
B: Adult education classes in languages and computer skills have seen a surge in enrolment this year.

## politics/council
T@budget: Council approves budget after heated debate
T@parking: Mayor of {town} faces storm of criticism over parking plan
T@noconf: No-confidence motion against {town} council leader fails
L@budget: {town} council approved its budget for next year on {day} after a debate lasting more than six hours, raising local property taxes by {pct} percent to fund road repairs and social care.
L@parking: The mayor of {town}, {mayor}, faced a storm of criticism on {day} over plans to introduce parking charges in the town centre, with traders saying the fees would drive customers away.
L@noconf: A motion of no confidence in the leader of {town} council was defeated by {n5_12} votes on {day} after a debate that ran late into the night.
B@budget: The opposition said the tax rise was unnecessary and accused the council of wasting money on consultants.
B@budget: "We have made difficult choices, but we have protected the services people rely on most," the council leader said.
B@budget: Councillors voted {n20_30} to {n8_19} in favour of the budget, with two abstentions.
B@parking: The mayor defended the parking plan, saying it would reduce congestion and raise money to improve public transport.
B@parking: A petition against the charges has gathered more than {n3_9},000 signatures, organisers said.
B@budget: The council said it would publish the full budget documents on its website and hold public meetings in {town2} and {town3}.
B: Independent councillor {person} said the debate had been "the most bad-tempered I have seen in twenty years", but that it was right that tough questions were asked.
B@parking: Campaigners plan to present their petition at the next full council meeting.

## politics/parliament
T@housing: Housing bill killed in committee after revolt
T@pension: Parliament debates pension reform
T@pension: Ministers accused of rushing pension bill
L@housing: A bill to relax planning rules for large housing developments was killed in committee on {day} after {n2_4} members of the governing party voted with the opposition.
L@pension: Parliament debated the government's pension reform bill for a second day on {day}, with opposition members calling it unfair to manual workers.
L@pension: The opposition on {day} accused ministers of trying to rush the pension bill through parliament without proper scrutiny.
B@housing: The bill's sponsor said he was disappointed but would try to bring back a revised version in the next session.
B@housing: Critics of the bill said it would have allowed developers to bypass local objections and build on green fields.
B@housing: The committee chairman said members had concerns about the effect on schools and roads.
B@pension: The reform would raise the retirement age gradually from 65 to 67 over the next decade.
B@pension: "This is a war on working people," one opposition member said in the chamber, drawing shouts from the government benches.
B: The speaker called for order several times during the debate, which ran late into the night.
B: The finance committee will hold hearings next week with the central bank governor and independent economists.
B@pension: Polls suggest most voters oppose raising the retirement age, though support is higher among younger people.
B@pension: The government's chief whip said he was confident the party would be united when the bill came to a final vote.
B: The governing coalition has a majority of only {n2_6} seats in parliament.

## politics/election
T: By-election in {town} goes to {party}
T: {party} holds {town} seat in by-election
L: {party} candidate {candidate} won the by-election in {town} on {day}, taking {n40_58} percent of the vote on a turnout of {n30_55} percent, according to official results.
L: Voters in {town} elected {candidate} of the {party} to parliament on {day} in a by-election called after the death of the sitting member.
B: The result was seen as a test of the government's popularity before national elections next year.
B: {candidate} thanked voters and said her priority would be to reopen the town's closed maternity unit.
B: The {party2} candidate came second with {n25_38} percent, while smaller parties shared the rest.
B: Election observers said polling had been orderly and that counting had been completed shortly after midnight.
B: The campaign was marked by a barrage of attack ads on social media, which both parties blamed on the other.
B: Local elections will be held in {n20_80} municipalities next spring, the electoral commission said.

## politics/*
B: The opposition leader said the government had lost touch with ordinary voters.
B: A spokesperson for the governing party said the result showed voters wanted stability.

## obituary/baker
T: {deceased}, who baked for {town} for half a century, dies at {age}
T: {town} mourns its baker, {deceased}
L: {deceased}, who ran the bakery on {town}'s market square for more than half a century, died peacefully at home on {yday}, {his} family said. {He} was {age}.
B: {He} rose at three every morning to light the ovens, and the queue for {his} rye bread often stretched across the square.
B: The bakery, opened by {his} parents, is now run by a grandchild.
B: During a long winter in the 1980s {he} delivered bread by sledge to villages cut off by snow.
B: {He} refused for decades to raise the price of a plain loaf, saying bread should be for everyone.

## obituary/architect
T: {deceased}, architect who reshaped {town}'s waterfront, dies aged {age}
T: {deceased}, architect of the {town} library, dies at {age}
L: {deceased}, the architect whose designs transformed the waterfront of {town} from derelict warehouses into one of the region's liveliest districts, has died at the age of {age}, {his} family said on {day}.
B: {His} library in {town}, with its long reading room overlooking the river, won a national award and is still studied by students.
B: {He} insisted on using local stone and timber, and many of {his} buildings have weathered to the colour of the hills.
B: Colleagues said {he} had a gift for spotting young talent and encouraged dozens of apprentices.
B: {He} taught at {university} for more than twenty years.

## obituary/footballer
T: Former {team} striker {deceased} dies at {age}
T: {deceased}, goalscorer who lit up {team}, dies aged {age}
L: {deceased}, a striker who scored more than {n100_200} goals for {team} and played {n20_60} times for the national side, died on {yday} after a short illness. {He} was {age}.
B: {He} was known for a fierce shot from distance and for {his} sportsmanship, and was never sent off in a career that lasted {n12_18} years.
B: After retiring {he} coached youth teams in {town2} and ran a sports shop near the stadium.
B: The club said its players would wear black armbands at the next home match.
B: {His} goal in the cup final of {honouryear} is still shown on the big screen before every home game.

## obituary/poet
T: {deceased}, poet of the mountain villages, dies at {age}
T: {deceased}, whose poems were read in every school, dies aged {age}
L: {deceased}, whose poems about the mountain villages of {province} were read in schools across the country, died on {yday} at the age of {age}.
B: {His} first book was rejected by {n8_14} publishers before a small press in the capital took it on.
B: {He} wrote every morning at a table by the window and published {n9_16} collections.
B: An edition of {his} collected poems is due next year.
B: {He} was awarded the national poetry prize in {honouryear}.

## obituary/*
B: Born in {town2} in {birthyear}, {he} was the eldest of {n3_7} children and left school at fifteen to work.
B: {He} married in {marryyear}; {his} spouse died some years ago. {He} is survived by {n2_4} children and {n3_9} grandchildren.
B: Friends remembered {him} as generous, stubborn and funny, with a story for every occasion.
B: "{He} knew everybody, and everybody knew {him}," said {person}, a neighbour of forty years.
B: In later years {he} devoted much of {his} time to charity work, raising money for the children's ward at the local hospital.
B: {He} was made a freeman of {town} in recognition of {his} service to the community.
B: A funeral service will be held at the parish church in {town} next week, followed by a private burial.
B: The family asked that, instead of flowers, donations be made to the hospice that cared for {him} in {his} final weeks.
B: Tributes poured in on social media after {his} death was announced.
B: The mayor said flags at the town hall would fly at half mast on the day of the funeral.
B: {He} continued to work until well into {his} eighties.
B: An exhibition about {his} life is planned for next year.

## travel/coast
T@coast: Quiet coves and fish suppers on the {province} coast
T@ferry: Island ferry reopens for summer season
L@coast: An hour's drive from {town}, the coast of {province} offers quiet coves, cliff paths and some of the best grilled fish in the country.
L@ferry: The ferry to the islands off {town} resumed its summer timetable on {day}, with {n3_6} sailings a day until the end of {nextmonth}.
B: The cliff path between the harbour and the lighthouse takes about three hours and rewards walkers with views across the bay.
B: Fishing boats unload their catch on the quay in the early morning, and several restaurants buy straight from the boats.
B: Rooms in the guesthouses above the harbour cost about {n50_120} dollars a night in high season.
B: Visitors are asked to stay on marked paths to protect nesting seabirds.
B: The small museum in the old customs house tells the story of the smugglers who once used the coves.

## travel/mountains
T: Walking the high trails above {town}
T: A weekend in {town}, gateway to the mountains
L: The high trails above {town} are at their best in early summer, when the meadows are full of flowers and the snow has retreated to the peaks.
L: With its narrow streets, wooden balconies and a cable car that climbs to {n1500_2600} metres, {town} makes a good base for a weekend in the mountains.
B: The final assault on the summit starts before dawn, and guides recommend turning back by noon if the weather closes in.
B: Mountain huts along the route offer beds and hot meals, but should be booked well in advance.
B: The cable car runs every twenty minutes from 8 a.m. and closes in high winds.
B: Local cheese, cured ham and a dark bread baked with walnuts are served in almost every inn.
B: A blast of cold air greets visitors at the top station, even in July, so bring a warm layer.

## travel/city
T@capital: Forty-eight hours in {capital}
T@old: {town}'s old quarter finds new life
L@capital: {capital} rewards visitors who slow down: its markets, tea houses and riverside parks are best explored on foot.
L@old: Ten years ago the old quarter of {town} was a place most visitors drove straight through; today its squares are lined with cafés, galleries and small hotels.
B@capital: The covered market opens at dawn, and by nine the stalls selling spices, dried fruit and fresh bread are crowded.
B@old: A new tram line links the railway station with the old town in about fifteen minutes.
B: Museums are free on the first Sunday of every month.
B: Flights from {country} take about {n2_6} hours, and several airlines now fly direct.
B: The best views of the city are from the hill above the old fortress, which is now a park.

## travel/*
B: The tourist office recommends visiting in spring or early autumn, when the crowds are smaller.
B: Prices are noticeably lower outside the school holidays.
Q: "People come for a weekend and end up staying a week," said {person}, who runs a guesthouse in {town}.

## generic
N: Further details are expected to be announced later in the month.
N: The announcement was made at a news conference in {capital}.
N: Officials said a full report would be published on the ministry's website.
N: Local media reported the news earlier in the day.
N: A spokesperson declined to give further details.
N: The figures are provisional and may be revised.
N: The story was first reported by a regional newspaper in {province}.
N: A public consultation will run until the end of {nextmonth}.
"""

EVENT_TYPES = {
    # subtype: (family, has casualty pool)
    "armed_clash": ("armed", True), "air_strike": ("armed", True),
    "shelling": ("armed", True), "bombing": ("armed", True),
    "abduction": ("armed", False), "protest_peaceful": ("unrest", False),
    "protest_dispersed": ("unrest", False), "riot": ("unrest", True),
    "arrest": ("unrest", False), "looting": ("unrest", False),
    "ceasefire": ("diplomacy", False), "expulsion": ("diplomacy", False),
    "natural_disaster": ("disaster", True), "industrial_accident": ("disaster", True),
    "gang_violence": ("crime", True),
}
NON_EVENT = ["sport", "business", "technology", "culture", "science", "health",
             "weather", "transport", "education", "politics", "obituary", "travel"]

FIRST_M = ["Idris", "Tomas", "Mateo", "Kofi", "Arvid", "Rashid", "Jonas", "Emre", "Luca", "Tariq",
           "Piotr", "Samuel", "Dmitri", "Hamid", "Oskar", "Ruben", "Nikolai", "Anders", "Yusuf",
           "Teodor", "Marek", "Bruno", "Elias", "Kwame", "Farid", "Viktor", "Aurelio", "Soren"]
FIRST_F = ["Elena", "Amara", "Ingrid", "Leila", "Marta", "Nadia", "Sofia", "Yasmin", "Clara",
           "Ruth", "Aisha", "Helga", "Irina", "Lucia", "Mireille", "Zainab", "Katja", "Noor",
           "Beatriz", "Agnes", "Dalia", "Femi", "Greta", "Hana", "Ilse", "Johanna", "Selma"]
SURNAMES = ["Mahamat", "Varga-Horvat", "Kral", "Okonjo", "Lindqvist", "Haddad", "Moreno-Saar",
            "Petrescu", "Adeyemi-Berg", "Castellano", "Novak-Rinne", "Osei", "Rautio", "Benali",
            "Dragomir", "Esteves", "Falkner", "Guerrand", "Hallström", "Ibekwe", "Jovanic",
            "Kaminski-Oduya", "Larrain", "Mbeki-Sund", "Nordahl", "Orlov-Diallo", "Pradhan",
            "Quintero", "Rasmussen-Abebe", "Salgado", "Tanaka-Voss", "Umarov", "Valdivia",
            "Wendt", "Yilmaz-Ek", "Zubiri", "Achterberg", "Brandao", "Ciftci", "Delacroix-Mensah",
            "Ekwueme", "Fonseca-Laine", "Grimaldi", "Haugland", "Ivanic", "Juhasz", "Kettunen"]
TOWN_A = ["Kor", "Bel", "Mar", "Tal", "Nor", "Ves", "Ash", "Dun", "Kel", "Sar", "Om", "Ril",
          "Bra", "Cal", "Fen", "Gor", "Hal", "Lun", "Mir", "Pel", "Quen", "Tor", "Ul", "Zan",
          "Vor", "Esk", "Tam", "Rov"]
TOWN_B = ["oma", "ford", "port", "avi", "enko", "bury", "ani", "gate", "mere", "ova", "stad",
          "wick", "ara", "haven", "dale", "ina", "esh", "ovo", "ambe", "ridge"]
PROVINCE_FORMS = ["{} province", "the {} region", "{} district", "Upper {}", "the {} valley"]
CAPITALS = ["Port Auren", "Velmora", "Saint Ilan", "New Korran", "Marivale", "Domesk"]
COUNTRIES = ["Germany", "Kenya", "Brazil", "Japan", "Canada", "India", "Norway", "Chile",
             "Morocco", "Vietnam", "Poland", "Ghana", "Australia", "Turkey", "Mexico", "Spain"]
REGIONS = ["East Africa", "the Sahel", "Southeast Asia", "the Balkans", "Central Asia",
           "the Andes", "the Caucasus", "West Africa", "Scandinavia", "the Mediterranean",
           "Central America", "South Asia"]
GROUP_A = ["Northern", "Eastern", "People's", "Popular", "Revolutionary", "United", "Patriotic",
           "Democratic", "Free", "Highland"]
GROUP_B = ["Liberation Front", "Defence Army", "Resistance Movement", "Alliance", "Brigades",
           "Salvation Front", "Liberation Army", "Self-Defence Forces"]
MEDIATORS = [("the African Union", "Addis Ababa"), ("regional mediators", "Nairobi"),
             ("the United Nations", "Geneva"), ("church leaders", "Oslo"),
             ("a group of neighbouring states", "Doha")]
NGOS = ["Rights Watch Collective", "the Civic Liberties Forum", "the League for Human Dignity",
        "the Independent Rights Observatory"]
CLAIMANTS = ["the health ministry", "provincial officials", "a local monitor", "the Red Crescent",
             "police", "the regional governor's office", "a rescue official", "hospital sources"]
COMPANY_B = ["Holdings", "Foods", "Retail Group", "Industries", "Trading", "Markets", "Stores",
             "Chemicals", "Logistics"]
TECH_B = ["Systems", "Labs", "Digital", "Mobile", "Networks", "Software"]
BANK = ["Meridian Securities", "Harbour Capital", "Northgate Bank", "Coastline Investments"]
TEAM_B = ["United", "Rovers", "City", "Athletic", "Wanderers", "Town", "Albion"]
LEAGUES = ["Premier Division", "National League", "First Division", "Super League"]
FILM_W = ["The Salt Year", "Lantern Tide", "A House of Nets", "Winter Harbour", "The Last Ferry",
          "Mother of Gulls", "Low Water", "The Long Pier", "Driftwood Sunday", "Grey Fields"]
BOOKS = ["The Keeper's Guest", "Light Over Stone", "The Winter Lamp", "A Stranger at the Rock",
         "Salt and Signal", "The Far Beam"]
PARTIES = ["Civic Union", "Social Democratic Party", "People's Party", "Green Alliance",
           "Liberal Forum", "Labour Movement"]
AIRLINE_A = ["Skyline", "Aurora", "Meridian", "Coastal", "Northern Star"]
UNIS = ["{} University", "the University of {}", "the {} Institute of Technology"]
SOURCES = [("Synthetic Wire (bench)", "SW"), ("Harbour Courier (bench)", "HC"),
           ("Meridian Press Agency (bench)", "MPA"), ("Valley Gazette (bench)", "VG"),
           ("Northern Ledger (bench)", "NL"), ("Continental Dispatch (bench)", "CD"),
           ("The Lantern Daily (bench)", "TLD"), ("Coastline Radio News (bench)", "CRN"),
           ("Tidewater Tribune (bench)", "TT"), ("Highland Observer (bench)", "HO"),
           ("Metro Evening Post (bench)", "MEP"), ("Riverside Bulletin (bench)", "RB")]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SECTION_ORDER = {"L": 0, "C": 1, "B": 2, "Q": 2, "G": 3, "R": 4, "X": 5, "N": 6}
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def parse(data):
    pools, cur = {}, None
    for line in data.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            cur = line[3:].strip()
            pools[cur] = {}
            continue
        head, sep, text = line.partition(": ")
        kind, _, tag = head.partition("@")
        if not sep or len(kind) != 1 or kind not in "TLBCQGRXN":
            raise ValueError("bad template line: " + line)
        pools[cur].setdefault(kind, []).append((tag or None, text))
    return pools


POOLS = parse(DATA)


def cap(s):
    i = 1 if s[:1] == '"' else 0
    return s[:i] + s[i:i + 1].upper() + s[i + 1:]


class Slots(dict):
    """Article slots; missing keys are fresh values drawn per use."""

    def __init__(self, ctx, rng):
        super().__init__(ctx)
        self.rng = rng

    def __missing__(self, key):
        rng = self.rng
        m = re.fullmatch(r"n(\d+)_(\d+)", key)
        if m:
            v = rng.randint(int(m.group(1)), int(m.group(2)))
            return NUM_WORDS[v] if v < 10 and rng.random() < 0.5 else str(v)
        if key == "person":
            return name(rng, rng.random() < 0.5)
        if key == "personf":
            return name(rng, True)
        if key == "personm":
            return name(rng, False)
        if key in ("pct", "pct2"):
            return "%.1f" % (rng.randint(5, 95) / 10)
        if key == "ord":
            return rng.choice(ORDINALS)
        raise KeyError(key)


def name(rng, female):
    return rng.choice(FIRST_F if female else FIRST_M) + " " + rng.choice(SURNAMES)


def town(rng, used):
    while True:
        t = rng.choice(TOWN_A) + rng.choice(TOWN_B)
        if t not in used:
            used.add(t)
            return t


def make_ctx(rng, pub):
    used = set()
    t1, t2, t3 = town(rng, used), town(rng, used), town(rng, used)
    prov = rng.choice(PROVINCE_FORMS).format(town(rng, used))
    c1, c2 = rng.sample(COUNTRIES, 2)
    g1, g2 = rng.sample(GROUP_A, 2)
    b1, b2 = rng.sample(GROUP_B, 2)
    med, medcity = rng.choice(MEDIATORS)
    cl1, cl2 = rng.sample(CLAIMANTS, 2)
    fem = rng.random() < 0.5
    age = rng.randint(71, 98)
    year = pub.year
    birth = year - age
    killed = rng.choice([rng.randint(2, 9), rng.randint(3, 20), rng.randint(10, 60)])
    p1, p2 = rng.sample(["United", "City"], 2)
    ctx = {
        "town": t1, "town2": t2, "town3": t3, "province": prov,
        "capital": rng.choice(CAPITALS), "country": c1, "country2": c2,
        "region": rng.choice(REGIONS),
        "group": f"{g1} {b1}", "group2": f"{g2} {b2}",
        "mediator": med, "mediatorcity": medcity, "ngo": rng.choice(NGOS),
        "claimant": cl1, "claimant2": cl2,
        "spokes": "Colonel " + name(rng, False), "police": name(rng, rng.random() < 0.4),
        "official": name(rng, rng.random() < 0.5), "minister": name(rng, rng.random() < 0.5),
        "oppleader": name(rng, False), "negotiator": name(rng, rng.random() < 0.3),
        "analyst": name(rng, rng.random() < 0.5), "ceo": name(rng, rng.random() < 0.4),
        "cfo": name(rng, rng.random() < 0.5), "techexec": name(rng, rng.random() < 0.5),
        "scientist": name(rng, rng.random() < 0.5), "doctor": name(rng, rng.random() < 0.5),
        "mayor": name(rng, rng.random() < 0.5),
        "coach": name(rng, False), "player": name(rng, False), "player2": name(rng, False),
        "author": name(rng, True), "director": name(rng, True), "actor": name(rng, True),
        "candidate": name(rng, True), "deceased": name(rng, fem),
        "company": f"{town(rng, used)} {rng.choice(COMPANY_B)}",
        "company2": f"{town(rng, used)} {rng.choice(COMPANY_B)}",
        "techco": f"{town(rng, used)} {rng.choice(TECH_B)}", "bank": rng.choice(BANK),
        "airline": rng.choice(AIRLINE_A) + " Airways",
        "hospital": f"{t1} General Hospital",
        "university": rng.choice(UNIS).format(town(rng, used)),
        "team": f"{t1} {rng.choice(TEAM_B)}", "team2": f"{t2} {rng.choice(TEAM_B)}",
        "venue": rng.choice(["Harbour Road", "the Municipal Stadium", "Park Lane",
                             "the Riverside Ground", "Victoria Park"]),
        "league": rng.choice(LEAGUES), "festival": f"{t1} Film Festival",
        "film": rng.choice(FILM_W), "book": rng.choice(BOOKS),
        "party": rng.choice(PARTIES), "party2": rng.choice(PARTIES),
        "age": str(age), "birthyear": str(birth), "marryyear": str(birth + rng.randint(21, 32)),
        "honouryear": str(birth + rng.randint(25, 60)),
        "he": "she" if fem else "he", "He": "She" if fem else "He",
        "his": "her" if fem else "his", "His": "Her" if fem else "His",
        "him": "her" if fem else "him",
        "day": DAYS[pub.weekday()], "yday": DAYS[(pub.weekday() - 1) % 7],
        "nextday": DAYS[(pub.weekday() + 1) % 7],
        "month": MONTHS[pub.month - 1], "lastmonth": MONTHS[(pub.month - 2) % 12],
        "nextmonth": MONTHS[pub.month % 12],
        "year": str(year), "lastyear": str(year - 1), "nextyear": str(year + 1),
        "lastyear0": str(year - rng.randint(3, 12)), "startyear": str(year - rng.randint(3, 14)),
        "killed": str(killed), "killed_lo": str(max(1, killed - rng.randint(1, 4))),
        "killed_hi": str(killed + rng.randint(2, 15)), "wounded": str(rng.randint(4, 80)),
        "arrested": str(rng.randint(8, 120)), "hostages": str(rng.randint(3, 40)),
        "displaced": "{:,}".format(rng.randint(5, 300) * 1000),
        "mag": "%.1f" % (rng.randint(52, 74) / 10), "rate": rng.choice(["3.25", "4.5", "5.0", "6.75"]),
    }
    if ctx["party2"] == ctx["party"]:
        ctx["party2"] = PARTIES[(PARTIES.index(ctx["party"]) + 1) % len(PARTIES)]
    return ctx


def render(tpl, ctx, rng):
    return cap(tpl.format_map(Slots(ctx, rng)))


def target_words(rng, category):
    r = rng.random()
    if r < 0.07:
        return (60, rng.randint(70, 120))
    if r < 0.93 or category == "obituary":
        t = int(rng.triangular(200, 700, 300))
        return (t, t)
    t = rng.randint(900, 1100)
    return (t, t)


def wc(s):
    return len(s.split())


class Builder:
    def __init__(self, rng, lo, hi):
        self.rng, self.lo, self.hi = rng, lo, hi
        self.items, self.words, self.full = [], 0, False

    def add(self, section, text, force=False):
        n = wc(text)
        if not force and self.words + n > self.hi and self.words >= self.lo:
            self.full = True
            return False
        if not force and self.lo < self.hi and self.words + n > self.hi:
            return False  # brief: skip sentences that overshoot
        self.items.append((section, text))
        self.words += n
        return True

    def done(self):
        return self.full or self.words >= self.hi


def draw(rng, b, pools, weights, ctx):
    """Draw sentences from pools (dict section -> shuffled list) by weight until done."""
    drawn = []
    while not b.done():
        keys = [k for k in weights if pools.get(k) and weights[k] > 0]
        if not keys:
            break
        k = rng.choices(keys, [weights[k] for k in keys])[0]
        t = render(pools[k].pop(), ctx, rng)
        if b.add(k, t):
            drawn.append((k, t))
    return drawn


def paragraphs(rng, seq):
    paras, cur, cur_sec, size = [], [], None, 0
    for sec, text in seq:
        if cur and (sec != cur_sec or len(cur) >= size or sec == "Q"):
            paras.append(" ".join(cur))
            cur = []
        if not cur:
            size = rng.choice([1, 2, 2, 2, 3, 3])
            cur_sec = sec
        cur.append(text)
    if cur:
        paras.append(" ".join(cur))
    return paras


def compat(lst, tags):
    """Texts of (tag, text) lines that are untagged or carry one of tags."""
    return [t for tg, t in lst if tg is None or tg in tags]


def pick_story(rng, pool, ctx, extra=()):
    """Lead, title and compatible body lines of one story from a pool."""
    tag, lead_t = rng.choice(pool["L"])
    tags = {tag, *extra}
    titles = compat(pool["T"], tags)
    return (tag, render(rng.choice(titles), ctx, rng), render(lead_t, ctx, rng),
            compat(pool.get("B", []), tags))


def shuffled(rng, lst):
    lst = list(lst)
    rng.shuffle(lst)
    return lst


def event_article(rng, sub, pub):
    """One incident; a long feature that runs out of sentences adds further, separate
    incidents (each under its own subhead, with new places and people)."""
    lo, hi = target_words(rng, "event")
    b = Builder(rng, lo, hi)
    ctx0 = ctx = make_ctx(rng, pub)
    tag, title, lead, own_b = pick_story(rng, POOLS["event/" + sub], ctx)
    b.add("L", lead, force=True)
    paras, fam_pools = [lead], {}
    others = shuffled(rng, [t for t in EVENT_TYPES if t != sub])
    for story, st in enumerate([sub] + others[:3]):
        family, cas = EVENT_TYPES[st]
        if story > 0:
            if b.done() or b.hi - b.words < 80:
                break
            ctx = make_ctx(rng, pub)
            tag, sub_title, sub_lead, own_b = pick_story(rng, POOLS["event/" + st], ctx)
            b.words += wc(sub_title)
            b.add("L", sub_lead, force=True)
            paras += [sub_title, sub_lead]
        key = (family, st)
        if key not in fam_pools:
            fam = POOLS["family/" + family]
            fam_pools[key] = {k: shuffled(rng, compat(fam.get(k, []), {st})) for k in "QGR"}
        pools = {
            "B": shuffled(rng, own_b),
            "C": shuffled(rng, compat(POOLS["casualty"]["C"], {st}))[:rng.randint(2, 5)] if cas else [],
            "X": shuffled(rng, compat(POOLS["eventx"]["X"], {st}))[:rng.randint(1, 3)] if story == 0 else [],
        }
        pools.update(fam_pools[key])
        weights = {"B": 3.0, "C": 2.0, "Q": 1.2, "G": 1.6, "R": 1.4, "X": 0.6}
        drawn = draw(rng, b, pools, weights, ctx)
        order = sorted(range(len(drawn)), key=lambda i: (SECTION_ORDER[drawn[i][0]], i))
        paras += paragraphs(rng, [drawn[i] for i in order])
    return title, paras, ctx0, 0.8


def nonevent_article(rng, cat, pub):
    """One story from the category; longer pieces become a round-up of several stories
    (each under its own subhead); long features may borrow stories from other categories."""
    lo, hi = target_words(rng, cat)
    b = Builder(rng, lo, hi)
    flavours = shuffled(rng, [k for k in POOLS if k.startswith(cat + "/") and not k.endswith("/*")])
    if hi >= 900:
        flavours += shuffled(rng, [k for k in POOLS if "/" in k and not k.endswith("/*")
                                   and k.split("/")[0] in NON_EVENT
                                   and k.split("/")[0] not in (cat, "obituary")])[:6]
    ctx0 = ctx = make_ctx(rng, pub)
    tag, title, lead, body = pick_story(rng, POOLS[flavours[0]], ctx)
    b.add("L", lead, force=True)
    paras, commons = [lead], {}
    generic = shuffled(rng, compat(POOLS["generic"]["N"], set())) if cat != "obituary" else []
    for fi, fl in enumerate(flavours):
        if fi > 0:
            if b.done() or cat == "obituary" or b.hi - b.words < 80:
                break
            ctx = make_ctx(rng, pub)  # a different story: new people and places
            tag, sub, sublead, body = pick_story(rng, POOLS[fl], ctx)
            if not b.add("L", sublead):
                break
            b.words += wc(sub)
            paras += [sub, sublead]
        fcat = fl.split("/")[0]
        if fcat not in commons:
            common = POOLS.get(fcat + "/*", {})
            commons[fcat] = {k: shuffled(rng, compat(common.get(k, []), set())) for k in "BQ"}
        pools = {"F": shuffled(rng, body)}
        pools.update(commons[fcat])
        drawn = draw(rng, b, pools, {"F": 4.0, "B": 1.5, "Q": 0.6}, ctx)
        if fi == len(flavours) - 1 and generic:
            drawn += draw(rng, b, {"N": generic}, {"N": 1.0}, ctx)  # filler only at the very end
        paras += paragraphs(rng, [("B" if sec == "F" else sec, t) for sec, t in drawn])
    return title, paras, ctx0, 0.55


def article(rng, idx, label, pub):
    if label in EVENT_TYPES:
        title, paras, ctx, p_dateline = event_article(rng, label, pub)
    else:
        title, paras, ctx, p_dateline = nonevent_article(rng, label, pub)
    source, abbr = rng.choice(SOURCES)
    if rng.random() < p_dateline:
        place = ctx["capital"] if ctx["capital"] in paras[0] and ctx["town"] not in paras[0] else ctx["town"]
        paras[0] = f"{place.upper()}, {MONTHS[pub.month - 1]} {pub.day} ({abbr}) - " + paras[0]
    if rng.random() < 0.3:
        paras.append(f"(Reporting by {name(rng, rng.random() < 0.5)}; "
                     f"editing by {name(rng, rng.random() < 0.5)})")
    rid = "corpus-%05d" % idx
    return {"id": rid, "title": title, "text": "\n\n".join(paras), "published": pub.isoformat(),
            "source": source, "url": "https://example.org/bench/" + rid}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--out", default="bench/corpus-2000.jsonl")
    ap.add_argument("--labels", help="labels TSV (default: OUT with .labels.tsv)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be positive")
    labels_path = args.labels or re.sub(r"\.jsonl$", "", args.out) + ".labels.tsv"
    rng = random.Random(args.seed)

    n_event = round(args.count / 3)
    etypes = list(EVENT_TYPES)
    labels = [etypes[i % len(etypes)] for i in range(n_event)]
    labels += [NON_EVENT[i % len(NON_EVENT)] for i in range(args.count - n_event)]
    rng.shuffle(labels)
    start = datetime.date(2024, 1, 1)
    days = (datetime.date(2025, 12, 31) - start).days

    seen, records = set(), []
    for i, label in enumerate(labels, 1):
        while True:
            pub = start + datetime.timedelta(days=rng.randint(0, days))
            rec = article(rng, i, label, pub)
            if rec["text"] not in seen:
                seen.add(rec["text"])
                break
        records.append((rec, label))

    size = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in records:
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    with open(labels_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tcategory\thas_event\n")
        for rec, label in records:
            f.write(f"{rec['id']}\t{label}\t{'true' if label in EVENT_TYPES else 'false'}\n")

    words = sorted(wc(r["text"]) for r, _ in records)
    n_ev = sum(1 for _, l in records if l in EVENT_TYPES)
    print(f"wrote {len(records)} articles to {args.out} ({size:,} bytes), labels to {labels_path}",
          file=sys.stderr)
    print(f"has_event: {n_ev} ({n_ev / len(records):.1%}); words min {words[0]}, "
          f"median {statistics.median(words):.0f}, max {words[-1]}, "
          f"<150: {sum(w < 150 for w in words)}, >850: {sum(w > 850 for w in words)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
