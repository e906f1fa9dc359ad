// Sentence pools for the synthetic news generator (bench/generate.mjs). All prose here is original.
//
// Template slots, filled by generate.mjs:
//   {N:key}   a stated figure for fact `key` (recorded as a gold mention), e.g. "about 4,000"
//   {when}    the event date as this article states it ("on Tuesday", "on March 3", "yesterday"),
//             recorded as a gold mention; empty when the article does not date the event
//   {V:key}   a vague order of magnitude for fact `key` ("thousands"); the template is skipped when
//             the figure has no safe vague word
//   {src} {Src}  an organisation credited with the statement (lower / capitalised)
//   anything else: a per-event context value (town, region, river, ...), see generate.mjs
// A slot at the start of a sentence is capitalised by the generator.
// No personal names anywhere: speakers are organisations and offices.

/** Sources per event type: organisations and offices only. */
export const SOURCES = {
  flood: [
    "the regional emergency service", "the national disaster management agency", "the interior ministry",
    "the Red Cross", "the provincial governor's office", "the {town} municipal council", "the water authority",
    "the civil protection department",
  ],
  fire: [
    "the regional fire service", "the {town} fire brigade", "the labor inspectorate", "the plant's operator",
    "the health ministry", "the police", "the regional hospital", "the emergencies ministry",
  ],
  quake: [
    "the national seismological institute", "the disaster management agency", "the interior ministry",
    "the Red Cross", "the regional health department", "the civil protection department", "the {region} governor's office",
  ],
  strike: [
    "the transport workers' union", "the employers' federation", "the labor ministry", "the union federation",
    "the regional police", "the chamber of commerce", "the strike committee",
  ],
  election: [
    "the electoral commission", "the central election office", "the observer mission", "an independent monitoring group",
    "the {region} election board", "the regional administration",
  ],
  shipwreck: [
    "the coast guard", "the port authority", "the maritime safety agency", "the ferry operator", "the navy",
    "the {region} governor's office", "the transport ministry",
  ],
  protest: [
    "the police", "the organizers", "the interior ministry", "a civil liberties group", "the {town} city hall",
    "the regional health department", "the prosecutor's office",
  ],
  wildfire: [
    "the forestry service", "the regional fire service", "the civil protection department", "the regional government",
    "the health ministry", "the environment ministry", "the {town} mayor's office",
  ],
};

/** How each fact is worded. `count` and `subj`/`pass` feed the stilted "translated" register. */
export const FACTS = {
  evacuated: {
    count: "the number of evacuated persons", subj: "inhabitants", pass: "were evacuated to safe places",
    t: [
      "{Src} said {N:evacuated} people had been evacuated from {town} and nearby villages.",
      "{N:evacuated} residents were moved to temporary shelters, according to {src}.",
      "Authorities evacuated {N:evacuated} people from the worst-hit districts, {src} said.",
      "In total, {N:evacuated} people have had to leave their homes, {src} estimated.",
      "{Src} put the number of people evacuated at {N:evacuated}.",
      "Figures released by {src} showed that {N:evacuated} residents had been taken to shelters, schools and sports halls.",
    ],
  },
  killed: {
    count: "the number of the dead", subj: "persons", pass: "lost their lives",
    t: [
      "{N:killed} people were killed, {src} said.",
      "The death toll stood at {N:killed}, according to {src}.",
      "{Src} said {N:killed} people had died.",
      "{Src} confirmed that {N:killed} people had lost their lives.",
      "{N:killed} bodies had been recovered by the evening, {src} said.",
    ],
  },
  injured: {
    count: "the number of the injured", subj: "persons", pass: "received injuries of various severity",
    t: [
      "{N:injured} people were injured, {src} said.",
      "{N:injured} others were taken to hospital with injuries, according to {src}.",
      "{Src} said {N:injured} people had been hurt, several of them seriously.",
      "Hospitals in the area treated {N:injured} injured people, {src} said.",
    ],
  },
  missing: {
    count: "the number of missing persons", subj: "persons", pass: "are still considered missing",
    t: [
      "{N:missing} people were still unaccounted for, {src} said.",
      "{Src} said {N:missing} people remained missing.",
      "Rescuers were still searching for {N:missing} people, according to {src}.",
    ],
  },
  homes: {
    count: "the number of destroyed dwellings", subj: "houses", pass: "were completely destroyed",
    t: [
      "{N:homes} homes were destroyed, {src} said.",
      "{Src} said {N:homes} houses had been destroyed and many more damaged.",
      "According to {src}, {N:homes} homes were left uninhabitable.",
      "{Src} estimated that {N:homes} homes had been lost.",
    ],
  },
  firefighters: {
    count: "the number of fire personnel engaged", subj: "firefighters", pass: "were engaged in the extinguishing",
    t: [
      "{Src} said {N:firefighters} firefighters had been sent to the site.",
      "{N:firefighters} firefighters worked through the night to stop the flames from spreading, according to {src}.",
      "At the height of the blaze, {N:firefighters} firefighters were at the scene, {src} said.",
    ],
  },
  magnitude: {
    count: "the magnitude of the tremors", subj: "", pass: "",
    t: [
      "{Src} measured the quake at magnitude {N:magnitude}, with its epicenter about {epi} from {town}.",
      "The tremor had a magnitude of {N:magnitude}, according to {src}.",
      "{Src} said the main shock registered {N:magnitude} and was followed by dozens of aftershocks.",
    ],
  },
  strikers: {
    count: "the number of participants of the strike", subj: "workers", pass: "joined the strike",
    t: [
      "{Src} said {N:strikers} workers had joined the stoppage.",
      "The union put the number of strikers at {N:strikers}.",
      "{N:strikers} {sector} stayed away from work, according to {src}.",
      "According to {src}, {N:strikers} employees took part in the walkout.",
    ],
  },
  facilities: {
    count: "the number of stopped {facilities}", subj: "{facilities}", pass: "stopped their work",
    t: [
      "{Src} said {N:facilities} {facilities} had been shut by the strike.",
      "The stoppage closed {N:facilities} {facilities}, according to {src}.",
      "Work came to a halt at {N:facilities} {facilities}, {src} said.",
    ],
  },
  turnout: {
    count: "the turnout", subj: "", pass: "",
    t: [
      "Turnout was {N:turnout}, {src} said.",
      "{Src} put turnout at {N:turnout}.",
      "According to {src}, turnout reached {N:turnout}.",
      "{Src} said {N:turnout} of registered voters had cast a ballot.",
    ],
  },
  seats: {
    count: "the number of mandates received by the governing coalition", subj: "", pass: "",
    t: [
      "{Src} said the governing coalition had won {N:seats} of the {seatsTotal} seats.",
      "The ruling bloc secured {N:seats} seats in the {seatsTotal}-seat assembly, according to {src}.",
      "Preliminary results published by {src} gave the governing coalition {N:seats} seats.",
    ],
  },
  stations: {
    count: "the number of opened polling stations", subj: "polling stations", pass: "were opened",
    t: [
      "{N:stations} polling stations opened across the region, {src} said.",
      "{Src} said voting took place at {N:stations} polling stations.",
      "Voters could cast their ballots at {N:stations} polling stations, according to {src}.",
    ],
  },
  onboard: {
    count: "the number of persons on board", subj: "persons", pass: "were on board the vessel",
    t: [
      "{Src} said {N:onboard} people had been on board.",
      "The ferry was carrying {N:onboard} passengers and crew, according to {src}.",
      "{N:onboard} people were on the passenger list, {src} said.",
    ],
  },
  rescued: {
    count: "the number of rescued persons", subj: "persons", pass: "were rescued from the water",
    t: [
      "{N:rescued} people were rescued, {src} said.",
      "{Src} said rescuers had pulled {N:rescued} survivors from the sea.",
      "Fishing boats and navy vessels picked up {N:rescued} survivors, according to {src}.",
    ],
  },
  protesters: {
    count: "the number of participants of the action", subj: "persons", pass: "took part in the action",
    t: [
      "{Src} said {N:protesters} people had taken part in the march.",
      "{N:protesters} demonstrators gathered in {square}, according to {src}.",
      "{Src} estimated the crowd at {N:protesters}.",
      "According to {src}, {N:protesters} protesters filled the streets around {square}.",
    ],
  },
  arrested: {
    count: "the number of detained persons", subj: "persons", pass: "were detained",
    t: [
      "{Src} said {N:arrested} people had been arrested.",
      "Police detained {N:arrested} people, according to {src}.",
      "{N:arrested} protesters were taken into custody, {src} said.",
    ],
  },
  hospitalized: {
    count: "the number of hospitalized persons", subj: "persons", pass: "were hospitalized",
    t: [
      "{N:hospitalized} people were taken to hospital with breathing problems, {src} said.",
      "{Src} said {N:hospitalized} people had been hospitalized, most of them for smoke inhalation.",
      "Hospitals admitted {N:hospitalized} patients, according to {src}.",
    ],
  },
  hectares: {
    count: "the burned area", subj: "", pass: "",
    t: [
      "{Src} said the fire had burned {N:hectares} hectares of forest and scrubland.",
      "{N:hectares} hectares have burned so far, according to {src}.",
      "{Src} estimated the burned area at {N:hectares} hectares.",
    ],
  },
};

/** Stilted "translated" register, generic over facts: {count}, {subj}, {pass} come from FACTS. */
export const TRANSLATED_FACT = [
  "According to the information of {src}, {count} has amounted to {N:*}.",
  "As it became known from {src}, {N:*} {subj} {pass}.",
  "{Src} has communicated that {count} constitutes {N:*}.",
  "By the data of {src}, {count} is {N:*}.",
];
export const TRANSLATED_FACT_NOUNLESS = [
  "According to the information of {src}, {count} has amounted to {N:*}.",
  "{Src} has communicated that {count} constitutes {N:*}.",
  "By the data of {src}, {count} is {N:*}.",
];

/** Per event type: what happened, in the words of each part of an article. */
export const TYPES = {
  flood: {
    facts: ["evacuated", "killed", "injured", "homes", "missing"],
    noun: "floods",
    headlines: [
      "Floods force {V:evacuated} from their homes in {region}",
      "{river} River floods {town} after days of heavy rain",
      "Rescue teams reach cut-off villages as {region} floods spread",
      "Flooding in {region}: homes swept away, roads cut",
      "{town} under water after the {river} breaches its defenses",
      "Deadly floods hit {region} as the {river} overflows",
    ],
    ledes: [
      "Floodwaters from the swollen {river} River swept through {town} {when}, forcing {N:evacuated} people from their homes, {src} said.",
      "{Src} said {N:killed} people were killed when the {river} River overflowed {when} after {raindays} days of torrential rain in {region}.",
      "Heavy flooding hit the {region} region {when}, submerging entire streets of {town} and destroying {N:homes} homes, according to {src}.",
      "Rescue crews in boats worked through the night in {town} after the {river} River broke its banks {when}.",
      "The {river} River burst its banks {when}, flooding much of {town} and cutting road links to dozens of villages in {region}.",
    ],
    background: [
      "The {river} River, which winds through the farmland of {region}, has flooded several times in recent decades, but local officials said the water had not risen this fast since {year}.",
      "{town}, a market town of {pop} people about {dist} from {capital}, sits on a low plain where two tributaries join the {river}.",
      "Gauges upstream showed the river {level} above its normal level by late evening, the water authority said.",
      "Farmers in the surrounding valley grow wheat, sunflowers and vegetables, and many fields were under water well before the town itself flooded.",
      "Environmental groups have long warned that logging on the hills above the valley, combined with new construction on the flood plain, makes such disasters more likely.",
      "Meteorologists said a slow-moving low-pressure system had stalled over the region, dumping more rain in {raindays} days than the area usually receives in a month.",
      "Parts of the old embankment along the {river} date from the middle of the last century and were scheduled for repair, municipal records show.",
      "Brown water lapped at the windows of ground-floor shops along the main street, and cars were left half-submerged in the car park of the railway station.",
      "In the village of {port}, downstream from {town}, residents moved livestock to higher ground before the water arrived.",
      "Some families refused to leave their homes, fearing looters, and watched the water rise from upper floors.",
      "The town's hospital moved patients from its ground floor to upper wards as a precaution.",
    ],
    response: [
      "Soldiers and volunteers filled sandbags along the embankment while fire crews pumped water out of basements in the old town.",
      "The Red Cross set up shelters in schools and sports halls and appealed for blankets, drinking water and baby food.",
      "Electricity was cut to large parts of {town} as a precaution, and the main road to {capital} was closed after a section of it was washed away.",
      "The interior ministry said helicopters had been sent to lift stranded residents from rooftops in villages that could not be reached by road.",
      "Municipal officials opened a hotline for residents looking for relatives and urged people not to return to their homes until engineers had checked the buildings.",
      "Drinking water was being distributed from tanker trucks after the town's treatment plant was flooded.",
      "Rail services between {town} and {capital} were suspended because water covered the tracks in several places.",
      "A pensioner who was rescued from the roof of her house by a military boat said the water had reached the ceiling of her kitchen within an hour.",
      "Soldiers built a temporary bridge to restore access to villages cut off on the far bank of the {river}.",
    ],
    outlook: [
      "Forecasters expect more rain over the weekend, and the water authority warned that the river could rise again downstream.",
      "The regional government said it would ask the national government to declare a state of emergency, which would release reconstruction funds.",
      "Insurers said it was too early to estimate the damage, but farm groups warned that much of this season's harvest had been lost.",
      "Engineers will inspect the embankments once the water recedes, the civil protection department said.",
    ],
    quotes: [
      "\"The water came up faster than anyone expected,\" {src} said in a statement. \"Our priority now is to reach the people who are still cut off.\"",
      "\"We are asking residents to stay away from the riverbanks and to follow the instructions of the rescue services,\" {src} said.",
      "\"Whole streets disappeared under the water within an hour,\" {src} said, describing the situation in the lower part of {town}.",
    ],
  },

  fire: {
    facts: ["killed", "injured", "evacuated", "firefighters"],
    noun: "factory fire",
    headlines: [
      "Fire tears through {plant} in {town}",
      "Deadly blaze at {town} {plant}",
      "Firefighters battle huge blaze at industrial site near {town}",
      "Investigation opened after fire at {plant} in {region}",
      "Workers killed as fire sweeps through {plant}",
    ],
    ledes: [
      "A fire broke out at a {plant} in the industrial zone of {town} {when}, killing {N:killed} workers, {src} said.",
      "{Src} said {N:killed} people died after a fire swept through a {plant} on the outskirts of {town} {when}.",
      "Thick black smoke rose over {town} {when} as firefighters struggled to contain a fire at a {plant}, {src} said.",
      "Firefighters brought a large blaze at a {plant} in {region} under control {when} after battling it for most of the day.",
      "A fire at a {plant} near {town} {when} injured {N:injured} people and forced the evacuation of nearby streets, according to {src}.",
    ],
    background: [
      "The plant, which employs about {employees} people, produces {product} and is one of the largest employers in the area.",
      "Labor inspectors visited the site last year and ordered changes to its emergency exits, according to documents cited by local media.",
      "The industrial zone on the edge of {town}, about {dist} from {capital}, was built in the 1990s and houses workshops, warehouses and a freight depot.",
      "Workers' groups say safety rules are often poorly enforced in the region's factories, where many staff work long shifts on temporary contracts.",
      "Witnesses said the fire spread quickly through the storage area, where rolls of packaging material and drums of solvent were kept.",
      "The last serious industrial fire in {region}, in {year}, led to a promise of stricter inspections that unions say was never kept.",
      "Witnesses described a series of explosions before flames burst through the roof of the main hall.",
      "The smoke could be seen from the motorway several kilometers away, and the plume drifted over the southern districts of {town}.",
      "Families of workers gathered at the factory gates, waiting for news of relatives who had been on the night shift.",
    ],
    response: [
      "Residents of nearby streets were told to keep their windows closed because of the smoke, and schools in the district were shut for the day.",
      "Prosecutors opened an investigation into possible negligence, and the plant's managers were questioned by police.",
      "The company said in a statement that it was cooperating fully with the authorities and would support the families of the victims.",
      "Ambulances took the injured to hospitals in {town} and {capital}, some of them with serious burns.",
      "Environmental inspectors took air samples around the site and said they would publish the results once they had been analyzed.",
      "Firefighting aircraft were not needed, but fire engines were brought in from neighboring districts to keep the flames away from a gas storage tank.",
      "Firefighters used foam to stop the flames reaching tanks of flammable liquid stored at the back of the site.",
      "A nearby school served as a gathering point for families waiting for information.",
    ],
    outlook: [
      "Investigators said it could take several weeks to establish the cause of the fire.",
      "The regional labor inspectorate said it would carry out checks at other factories in the zone.",
      "Unions called for a day of mourning and said they would press for an independent inquiry.",
      "Production at the plant is expected to remain suspended for the foreseeable future.",
    ],
    quotes: [
      "\"The fire spread very quickly because of the materials stored inside,\" {src} said. \"Our teams did everything possible to reach the workers who were trapped.\"",
      "\"We will establish who was responsible and whether the safety rules were respected,\" {src} said in a statement.",
      "\"The smoke is no longer dangerous, but people living close to the site should stay indoors until the evening,\" {src} said.",
    ],
  },

  quake: {
    facts: ["magnitude", "killed", "injured", "homes"],
    noun: "earthquake",
    headlines: [
      "Strong earthquake shakes {region}",
      "Quake topples buildings in {town}",
      "Rescuers search rubble after earthquake in {region}",
      "Earthquake in {region} leaves homes in ruins",
    ],
    ledes: [
      "A magnitude {N:magnitude} earthquake struck the {region} region {when}, collapsing buildings in {town} and killing {N:killed} people, {src} said.",
      "{Src} said {N:injured} people were injured when a strong earthquake shook {town} {when}.",
      "A powerful earthquake hit {region} {when}, sending residents of {town} running into the streets as buildings swayed and walls cracked.",
      "An earthquake of magnitude {N:magnitude} shook {town} and the surrounding villages {when}, according to {src}.",
    ],
    background: [
      "The region lies on an active fault line and has been hit by several destructive earthquakes, the most recent in {year}.",
      "The quake struck at a shallow depth of {depth}, which seismologists said made the shaking particularly strong at the surface.",
      "Many of the older houses in {town}, a town of {pop} people, are built of mud brick and stone and were not designed to withstand strong tremors.",
      "A building code adopted after the last major earthquake requires new houses to be reinforced, but enforcement in rural districts has been patchy.",
      "{town} lies about {dist} from {capital}, where the tremor was also felt, though no damage was reported in the capital.",
      "The shaking lasted for about twenty seconds, witnesses said, and was felt in towns across the region.",
      "The bell tower of the old church in {town} collapsed into the square, crushing parked cars.",
      "Cracks opened in the main road leading into the town, and several bridges were closed pending inspection.",
    ],
    response: [
      "Rescue teams with sniffer dogs searched through the rubble of collapsed houses, and heavy machinery was brought in from {capital} to clear the roads.",
      "Many families spent the night outdoors or in their cars, fearing further tremors.",
      "Field hospitals were set up in the central square, and the health ministry sent extra blood supplies to the region.",
      "Landslides blocked the mountain road to several villages, which rescuers could reach only on foot.",
      "Tents, blankets and hot meals were handed out in a sports stadium that was turned into a temporary camp.",
      "Mountain rescue teams and volunteers dug with their hands through the remains of houses in the old quarter.",
      "Power and water supplies were cut to much of {town} and were only partly restored by the evening.",
    ],
    outlook: [
      "Seismologists warned that strong aftershocks could continue for several days and urged people not to enter damaged buildings.",
      "The government said it would send engineers to assess every school and hospital in the affected area.",
      "Schools in the district will remain closed until their buildings have been inspected, the education office said.",
    ],
    quotes: [
      "\"The first hours are decisive for finding survivors, and our teams are working without a break,\" {src} said.",
      "\"We ask everyone whose house has cracks in the walls not to sleep inside tonight,\" {src} said in a statement.",
    ],
  },

  strike: {
    facts: ["strikers", "facilities"],
    noun: "strike",
    headlines: [
      "{SectorCap} walk out across {region} over pay",
      "Strike halts {service} in {region}",
      "Unions stage strike in {region} as wage talks collapse",
      "{region} hit by strike of {sector}",
    ],
    ledes: [
      "{N:strikers} {sector} walked off the job across {region} {when}, halting {service} in a dispute over wages, {src} said.",
      "A strike by {sector} shut down {N:facilities} {facilities} in {region} {when}, {src} said, as talks with employers broke down.",
      "{SectorCap} in {region} began a {hours}-hour strike {when}, demanding {demand} and better working conditions.",
      "{V:strikers} of {sector} stopped work in {region} {when}, the first major walkout in the sector since {year}.",
    ],
    background: [
      "The union is demanding {demand}, arguing that rising food and fuel prices have eroded workers' incomes over the past two years.",
      "Employers have offered a smaller increase and say a larger rise would force them to cut jobs.",
      "Previous strikes in the sector, most recently in {year}, ended after weeks of negotiations mediated by the labor ministry.",
      "{region} handles a large share of the country's freight, and business groups warned that the stoppage could disrupt supply chains.",
      "The dispute has been building for months, with several rounds of talks ending without agreement.",
      "Platforms and terminals were largely deserted in the morning, with only a skeleton service running.",
      "Union members wearing high-visibility vests handed out leaflets explaining their demands to passers-by.",
      "Managers said they had drawn up contingency plans to keep essential services going.",
    ],
    response: [
      "Pickets gathered outside the main gates early in the morning, and the atmosphere was described as calm.",
      "The labor ministry invited both sides to new talks and said it hoped to avoid a longer stoppage.",
      "Commuters crowded onto the few services that were still running, and traffic jams built up on the roads into {town}.",
      "The chamber of commerce said businesses in {town} were losing money every day the strike continued.",
      "Some smaller unions did not join the walkout but said they supported the demands.",
      "Supermarkets in {town} said they had enough stock for several days but warned of shortages if the strike dragged on.",
      "A mediator appointed by the labor ministry met union leaders late in the evening.",
    ],
    outlook: [
      "The union said it would decide at the end of the week whether to extend the strike.",
      "Employers said they would go back to the negotiating table only if the strike was suspended.",
      "A court is due to rule on whether the strike complies with the notice rules set out in the labor code.",
    ],
    quotes: [
      "\"Our members cannot live on wages that were set before prices started rising,\" {src} said.",
      "\"The demands as they stand would put the future of the companies at risk,\" {src} said in a statement.",
    ],
  },

  election: {
    facts: ["turnout", "seats", "stations"],
    noun: "regional election",
    headlines: [
      "Ruling bloc claims victory in {region} regional election",
      "{region} votes in closely watched regional poll",
      "Governing coalition keeps control of {region} assembly",
      "Counting under way after {region} election",
    ],
    ledes: [
      "Voters in {region} went to the polls {when} to elect a new regional assembly, with turnout reaching {N:turnout}, {src} said.",
      "The governing coalition won {N:seats} of the {seatsTotal} seats in the {region} regional assembly in the vote held {when}, according to preliminary results from {src}.",
      "Polling stations across {region} closed on schedule {when} after a largely calm day of voting, {src} said.",
      "{region} elected a new regional assembly {when} in a vote seen as a test for the national government.",
    ],
    background: [
      "The vote was seen as a test for the national government ahead of a general election due next year.",
      "About {voters} people were registered to vote, the election board said.",
      "The opposition had campaigned on the cost of living and the state of hospitals in the region's smaller towns.",
      "{capital} has been governed by the same coalition for more than a decade, though its majority shrank at the last vote in {year}.",
      "Campaigning was dominated by the future of the region's coal mines and the roads linking {town} with the national motorway network.",
      "Queues formed outside polling stations in {capital} early in the morning, and voting was largely orderly.",
      "The ballot paper listed candidates from nine parties and two independent lists.",
      "Observers from neighboring regions were invited to monitor the vote for the first time.",
    ],
    response: [
      "Observers reported minor irregularities at a handful of polling stations but said they did not affect the outcome.",
      "The opposition alliance said it would challenge the results in several districts and called for a recount.",
      "Supporters of the governing coalition celebrated in the main square of {capital} late into the night.",
      "Voting was extended by an hour at some polling stations in {town} after long queues formed in the evening.",
      "The election board said counting was proceeding smoothly and that results from remote mountain districts would arrive last.",
      "Campaign offices of the main parties stayed open late into the night as the first results came in.",
    ],
    outlook: [
      "Final results are expected within a week, after postal ballots have been counted.",
      "The new assembly is due to meet for the first time next month to choose the regional government.",
      "Analysts said the result would strengthen the national government's hand ahead of budget negotiations.",
    ],
    quotes: [
      "\"Voting took place in an orderly manner across the region,\" {src} said in a statement.",
      "\"We have received complaints from several districts and will examine each of them,\" {src} said.",
    ],
  },

  shipwreck: {
    facts: ["onboard", "rescued", "killed", "missing"],
    noun: "ferry disaster",
    headlines: [
      "Ferry sinks off {region} coast",
      "Search continues after ferry capsizes near {island}",
      "Survivors pulled from sea after ferry disaster off {port}",
      "Passenger ferry goes down in storm off {region}",
    ],
    ledes: [
      "A ferry carrying {N:onboard} people sank off the coast of {region} {when}, {src} said.",
      "{Src} said {N:killed} people drowned after a ferry capsized near the island of {island} {when}.",
      "A passenger ferry went down in rough seas between {port} and {island} {when}, and rescuers pulled {N:rescued} survivors from the water, according to {src}.",
      "Navy ships and fishing boats searched the waters off {port} {when} after a ferry capsized in a storm.",
    ],
    background: [
      "The ferry, a {age}-year-old vessel, operated a daily service between {port} and {island}, a crossing that usually takes about three hours.",
      "Storm warnings had been issued for the area the previous evening, and smaller boats had been told to stay in port.",
      "Maritime safety groups have criticized the age of the ferries serving the islands of {region}, many of which were bought second-hand abroad.",
      "The island of {island} depends on the ferry for food, fuel and medical supplies, particularly in winter.",
      "The last major accident on the route, in {year}, led to new rules on life jackets and passenger lists.",
      "Survivors said the ferry began to tilt sharply after a large wave struck its side, and passengers scrambled for life jackets.",
      "Some passengers were said to have been sleeping in cabins below deck when the vessel overturned.",
      "The sea temperature at this time of year makes survival in the water difficult after several hours.",
    ],
    response: [
      "Survivors were brought to {port}, where ambulances and a field hospital were waiting on the quay.",
      "Divers were sent to the wreck, which lies in deep water close to the island.",
      "The ferry operator set up a crisis center for relatives and said it was checking the passenger list against the names of survivors.",
      "The transport ministry suspended the operator's license pending an investigation.",
      "Relatives gathered at the port terminal in {port}, waiting for news.",
      "Helicopters dropped life rafts to people clinging to debris, and a cargo ship that was nearby changed course to help.",
      "The port of {port} was closed to other traffic while the rescue operation continued.",
    ],
    outlook: [
      "The search is expected to continue for several days, weather permitting.",
      "Investigators will examine whether the ferry was overloaded and whether the storm warning was ignored.",
      "Parliament's transport committee said it would summon the operator and the port authority to explain what happened.",
    ],
    quotes: [
      "\"We will not stop searching as long as there is any hope of finding people alive,\" {src} said.",
      "\"The waves were very high and the vessel began to list within minutes,\" {src} said, citing accounts from survivors.",
    ],
  },

  protest: {
    facts: ["protesters", "arrested", "injured"],
    noun: "protests",
    headlines: [
      "{V:protesters} protest in {town} against {reason}",
      "Clashes in {town} as protest over {reason} turns violent",
      "Protesters fill {square} over {reason}",
      "Arrests in {town} after demonstration against {reason}",
    ],
    ledes: [
      "{N:protesters} people marched through central {town} {when} to protest against {reason}, {src} said.",
      "Police arrested {N:arrested} people {when} as a protest against {reason} turned violent in {town}, {src} said.",
      "Demonstrators filled {square} in {town} {when} in one of the largest protests against {reason} so far.",
      "A march against {reason} in {town} {when} ended in clashes between police and groups of young men, {src} said.",
    ],
    background: [
      "Opposition to {reason} has grown over the past months, with smaller rallies held in several towns of {region}.",
      "The government says the measure is needed to balance the budget and protect the currency.",
      "Trade unions, student groups and pensioners' associations joined the call to demonstrate.",
      "The last protests of this size in {town} took place in {year}, over a dispute about fuel prices.",
      "{town}, about {dist} from {capital}, has become a center of the protest movement.",
      "Protesters carried banners and national flags and chanted slogans against the regional government.",
      "Many shops in the center of {town} lowered their shutters as the march approached.",
      "Riot police lined the streets around the regional government building from early in the morning.",
    ],
    response: [
      "Police used tear gas and water cannon to disperse groups that threw stones and bottles near the regional government building.",
      "Shops along the main avenue closed early, and public transport in the center was suspended for several hours.",
      "The interior ministry said officers had acted with restraint and blamed the violence on a small group of troublemakers.",
      "Organizers said the march had been peaceful until police blocked the route to the government building.",
      "Volunteer medics treated people for the effects of tear gas in side streets off {square}.",
      "Organizers set up a stage in {square}, where speakers from unions and student groups addressed the crowd.",
    ],
    outlook: [
      "Organizers have called for another demonstration at the weekend.",
      "The regional parliament is due to debate the measure next week.",
      "Civil liberties groups demanded an investigation into the police response.",
    ],
    quotes: [
      "\"People are tired of being asked to pay for decisions they had no say in,\" {src} said.",
      "\"The right to protest is guaranteed, but violence will not be tolerated,\" {src} said in a statement.",
    ],
  },

  wildfire: {
    facts: ["evacuated", "hectares", "homes", "hospitalized"],
    noun: "wildfire",
    headlines: [
      "Wildfire forces evacuations near {town}",
      "Villages evacuated as fire spreads across {region} hills",
      "Firefighters battle wildfire in {region}",
      "Wind-driven fire destroys homes near {town}",
    ],
    ledes: [
      "Authorities ordered {N:evacuated} residents to leave villages around {town} {when} as a wildfire driven by strong winds spread across the hills of {region}.",
      "A wildfire in {region} has burned through {N:hectares} hectares of forest and scrubland since it broke out {when}, {src} said.",
      "A fast-moving wildfire destroyed {N:homes} homes on the edge of {town} after it broke out {when}, according to {src}.",
      "Firefighters in {region} fought through the night to stop a wildfire that broke out {when} from reaching the outskirts of {town}.",
    ],
    background: [
      "The region has had almost no rain since spring, and the forestry service had warned of an extreme fire risk.",
      "Gusts of up to {wind} fanned the flames and carried embers across the main road, the fire service said.",
      "{town}, a town of {pop} people about {dist} from {capital}, is surrounded by pine forest and olive groves.",
      "The area was last hit by a major fire in {year}, and large parts of the hillside had only just begun to recover.",
      "Scientists say hotter, drier summers are lengthening the fire season across the region.",
      "Flames leapt across the ridge above the town as night fell, lighting up the sky over {town}.",
      "Ash rained down on the streets of {town}, and residents covered their faces with wet cloths.",
      "Farmers tried to save their olive groves by cutting firebreaks with tractors.",
    ],
    response: [
      "Water-bombing planes and helicopters were sent from neighboring regions to help ground crews.",
      "Evacuees were housed in schools, hotels and a military barracks, and volunteers handed out water and masks.",
      "The main road between {town} and {capital} was closed as smoke cut visibility to a few meters.",
      "Police went door to door in the hamlets above the town to make sure nobody had stayed behind.",
      "Firefighters from neighboring regions and the army joined local crews on the front line.",
      "Some residents stayed behind to defend their houses with garden hoses despite the evacuation order.",
    ],
    outlook: [
      "Forecasters said the wind was expected to drop by the evening, which could help firefighters.",
      "Investigators are examining whether the fire was started deliberately.",
      "The regional government said it would compensate residents whose houses had been destroyed.",
    ],
    quotes: [
      "\"The fire is moving very fast and changing direction with the wind,\" {src} said. \"Anyone told to leave must leave immediately.\"",
      "\"Our crews have been working for many hours without rest,\" {src} said in a statement.",
    ],
  },
};

/** Generic filler that fits any event; used to bring articles to length. */
export const GENERIC = [
  "Officials said they would publish updated figures as soon as the information had been checked.",
  "The national government said it was following the situation closely.",
  "Footage shared on social media showed crowds and police vehicles along the main road into {town}.",
  "Local radio stations interrupted their normal programs to broadcast information for residents.",
  "The authorities urged people not to spread unverified reports and to rely on official channels for information.",
  "The regional broadcaster set up a live blog with updates throughout the day.",
  "Economists said the disruption would weigh on the region's economy, which was only beginning to recover from a difficult year.",
  "A spokesperson for the regional administration said the situation remained under close watch.",
  "Businesses in the town center kept their shutters down, and the weekly market was cancelled.",
  "Several foreign embassies advised their citizens to avoid the area for the time being.",
  "Commentators in the national press said the events would test the credibility of the regional authorities.",
  "The regional assembly's leaders agreed to put the issue on the agenda of their next session.",
  "Newspapers in {capital} devoted their front pages to the events in {region}.",
  "Residents said they hoped life would return to normal quickly.",
];

/** Filler for disasters (floods, fires, earthquakes, ferry sinkings, wildfires). */
export const DISASTER_GENERIC = [
  "Local businesses said it could take weeks before normal activity resumes in the worst-affected streets.",
  "Opposition lawmakers called for an independent review of how the authorities had prepared for the emergency.",
  "Residents interviewed by local broadcasters described a chaotic night, with sirens sounding across several districts.",
  "The regional government said it would hold an emergency session to release funds for the people affected.",
  "Several roads remained closed, and the authorities asked drivers to avoid the area unless their journey was essential.",
  "Aid organizations said they were sending food parcels, hygiene kits and mattresses to the area.",
  "Church halls and community centers opened their doors to people who needed a place to stay.",
  "Mobile phone networks were overloaded for several hours as residents tried to reach their families.",
  "A crisis team made up of representatives of the ministries concerned met in {capital} in the afternoon.",
  "Volunteers from neighboring towns arrived with vans full of supplies, and a bakery in the center handed out bread for free.",
  "The regional health department said hospitals had cancelled planned operations to free up beds.",
  "Critics said warnings issued in previous years had not been acted upon.",
  "Neighboring regions offered to send equipment and staff if needed.",
  "The local football club opened its stadium to serve as a distribution point for aid.",
  "Many residents said they had received little information from the authorities in the first hours.",
  "The education office said schools would stay closed for the rest of the week.",
  "In {capital}, the national parliament observed a minute of silence for the victims.",
  "Insurance companies opened special lines for claims from the affected area.",
  "Several international organizations said they stood ready to help if asked.",
  "The authorities said a full assessment of the damage would only be possible in the coming days.",
  "Psychologists were sent to the shelters to support families who had lost relatives or homes.",
  "The national government declared a day of mourning and ordered flags to be flown at half-mast.",
  "Donations poured in from across the country after a charity appeal was broadcast on national television.",
  "A shopkeeper in the center of {town} said she had never seen anything like it in her lifetime.",
];

/** Filler for strikes, elections and protests. */
export const CIVIC_GENERIC = [
  "Political analysts said the events reflected a broader frustration with the cost of living.",
  "Opinion polls published last month suggested that most residents of {region} are pessimistic about the economy.",
  "The regional government held an unscheduled meeting in {capital} to discuss the situation.",
  "Business associations urged all sides to show restraint and to keep talking.",
  "Social media was filled with photographs and video from the center of {town}.",
  "The national government's spokesperson declined to comment in detail, saying the matter was for the regional authorities.",
  "Student groups said they would hold meetings on campus during the week to discuss further action.",
  "Public broadcasters carried live coverage for most of the day.",
  "Traffic in the center of {town} was diverted for several hours.",
  "Opposition parties in {capital} accused the government of ignoring the concerns of ordinary people.",
  "A taxi driver waiting near the main square said business had been slow all day.",
  "The regional ombudsman's office said it had received a number of complaints and would review them.",
];

/** "Translated-sounding" connectors put in front of some sentences in that register. */
export const TRANSLATED_PREFIX = [
  "It should be noted that ", "As it became known, ", "At the present moment, ", "In this connection, ",
  "As is reported, ", "It is informed that ", "Let us remind that ",
];

/** Explainer sections (articles without a date line). */
export const EXPLAINER = {
  titles: [
    "What we know about the {noun} in {region}",
    "{nounCap} in {town}: what we know so far",
    "The {noun} in {region}, explained",
  ],
  intros: [
    "Here is a summary of what has been reported so far, and what is still unclear.",
    "This page brings together the main facts as they are known at the time of writing.",
    "The situation is still developing. These are the key points.",
  ],
  q: {
    what: ["What happened?", "What do we know?"],
    numbers: ["How many people are affected?", "What are the figures?", "How bad is it?"],
    response: ["What are the authorities doing?", "How have officials responded?"],
    background: ["Why was {region} so exposed?", "What is the background?", "Has this happened before?"],
    next: ["What happens next?", "What comes next?"],
  },
};

/** British spellings, applied to the template text of British and some translated outlets. */
export const UK_SPELLING = [
  ["organizations", "organisations"], ["organization", "organisation"], ["organizers", "organisers"], ["organized", "organised"],
  ["criticized", "criticised"], ["analyzed", "analysed"], ["mobilized", "mobilised"], ["hospitalized", "hospitalised"],
  ["neighboring", "neighbouring"], ["neighbors", "neighbours"], ["neighbor", "neighbour"],
  ["centers", "centres"], ["center", "centre"], ["meters", "metres"], ["kilometers", "kilometres"],
  ["labor", "labour"], ["Labor", "Labour"], ["defenses", "defences"], ["programs", "programmes"], ["license", "licence"],
  ["percent", "per cent"], ["epicenter", "epicentre"], ["gray", "grey"], ["favor", "favour"],
];
