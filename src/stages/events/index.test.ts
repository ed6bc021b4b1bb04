import { beforeAll, describe, expect, it } from "vitest";
import { createCoder, type Coder } from "../../coder.ts";
import type { CodedEvent } from "../../types.ts";

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

const heads = (list: { code: string }[]) => list.map((a) => a.code.slice(0, 3));
function events(text: string, published = "2024-03-14"): CodedEvent[] {
  return coder.code({ text, published }).events;
}
function only(text: string, type: string): CodedEvent {
  const found = events(text).filter((e) => e.type === type);
  expect(found, `${type} in: ${text}`).toHaveLength(1);
  return found[0];
}

describe("events: one sentence per PLOVER type", () => {
  const cases: [string, string, string, string][] = [
    ["AGREE", "Ghana and Togo agreed on Tuesday to reopen their shared border crossing.", "GHA", "TGO"],
    ["CONSULT", "The foreign ministers of Chile and Peru held talks in Lima on Monday.", "CHL", "PER"],
    ["SUPPORT", "Kenya praised Ethiopia for its role in the regional peace process.", "KEN", "ETH"],
    ["CONCEDE", "Serbia lifted the night curfew in the northern province on Sunday.", "SRB", "SRB"],
    ["COOPERATE", "Spain extradited two suspected smugglers to Morocco on Friday.", "ESP", "MAR"],
    ["AID", "Japan sent 40 tonnes of food aid to Bangladesh after the floods.", "JPN", "BGD"],
    ["RETREAT", "Azerbaijan released 12 Armenian soldiers held since the clashes.", "AZE", "ARM"],
    ["REQUEST", "Poland urged Belarus to reopen the border crossing at Kuznica.", "POL", "BLR"],
    ["ACCUSE", "Argentina accused Britain of militarising the South Atlantic.", "ARG", "GBR"],
    ["REJECT", "Colombia rejected a Venezuelan proposal for joint border patrols.", "COL", "VEN"],
    ["THREATEN", "Turkey threatened to launch a new military offensive against Syria.", "TUR", "SYR"],
    ["PROTEST", "Protesters in Georgia marched against the government in Tbilisi on Sunday.", "GEO", ""],
    ["SANCTION", "Canada imposed sanctions on Iran over its nuclear programme.", "CAN", "IRN"],
    ["MOBILIZE", "India deployed additional troops to its border with China.", "IND", ""],
    ["COERCE", "Nicaragua expelled two Costa Rican journalists on Wednesday.", "NIC", "CRI"],
    ["ASSAULT", "Sudanese militiamen attacked a camp for Chadian refugees, killing 14 people.", "SDN", "TCD"],
  ];
  for (const [type, text, actor, recipient] of cases) {
    it(`codes ${type}: ${text}`, () => {
      const e = only(text, type);
      expect(heads(e.actors)).toContain(actor);
      if (recipient) expect([...heads(e.recipients), ...heads(e.actors)]).toContain(recipient);
      expect(e.cameo?.code).toMatch(/^\d{3,4}$/);
      expect(e.evidence.rule).not.toBe("");
      expect(text.slice(e.evidence.start, e.evidence.end).length).toBeGreaterThan(0);
    });
  }
});

describe("events: status and modality", () => {
  it("turns a stated intention to give aid into AGREE, intended", () => {
    const e = only("Norway said it intended to supply 20,000 vaccine doses to Uganda.", "AGREE");
    expect(e.status).toBe("intended");
    expect(e.cameo?.code).toBe("033");
  });
  it("keeps a delivered shipment as AID, asserted", () => {
    expect(only("Norway has provided 20,000 vaccine doses to Uganda.", "AID").status).toBe("asserted");
  });
  it("codes 'refused to' as REJECT", () => {
    expect(heads(only("Pakistan refused to deploy peacekeepers in Iraq.", "REJECT").actors)).toContain("PAK");
  });
  it("codes 'will not accept' as REJECT", () => {
    expect(heads(only("Syria says it will not accept any more refugees from Iraq.", "REJECT").actors)).toContain("SYR");
  });
  it("marks a negated act as negated", () => {
    expect(only("Egypt did not attack the Libyan convoy.", "ASSAULT").status).toBe("negated");
  });
  it("marks an act in an if-clause as hypothetical", () => {
    const evs = events("Israel threatened to close the crossing if Egypt attacked the border post.");
    expect(evs.some((e) => e.type === "THREATEN")).toBe(true);
    expect(evs.filter((e) => e.type === "ASSAULT").every((e) => e.status === "hypothetical")).toBe(true);
  });
  it("marks an act dated years before the story as historical", () => {
    expect(only("Iraq invaded Kuwait in August 1990.", "COERCE").status).toBe("historical");
  });
  it("turns an intended attack into THREATEN", () => {
    expect(only("Farmers in France said they would blockade Paris from Monday.", "THREATEN").status).toBe("intended");
  });
});

describe("events: arguments", () => {
  it("codes 'X said Y did Z' as Y -> Z", () => {
    const e = only("France said Mali had expelled its ambassador.", "SANCTION");
    expect(heads(e.actors)).toEqual(["MLI"]);
  });
  it("reads the actor of a passive from the by-phrase", () => {
    const e = only("A Ugandan patrol was attacked by Congolese rebels near the border.", "ASSAULT");
    expect(heads(e.actors)).toContain("COD");
    expect(heads(e.recipients)).toContain("UGA");
  });
  it("keeps compound actors in one reciprocal event", () => {
    const e = only("Brazil, Argentina and Uruguay agreed to cut tariffs on steel.", "AGREE");
    expect(new Set(heads(e.actors))).toEqual(new Set(["BRA", "ARG", "URY"]));
    expect(new Set(heads(e.recipients))).toEqual(new Set(["BRA", "ARG", "URY"]));
  });
  it("codes a nominal event with a light verb", () => {
    const e = only("Talks were held between Sudan and South Sudan in Juba.", "CONSULT");
    expect(new Set(heads(e.actors))).toEqual(new Set(["SDN", "SSD"]));
  });
  it("turns 'X said Y must' into a REQUEST by the speaker", () => {
    const e = only("Russia said Sudan must return the seized helicopter.", "REQUEST");
    expect(heads(e.actors)).toEqual(["RUS"]);
    expect(heads(e.recipients)).toContain("SDN");
  });
  it("does not code the content of a demand as an event", () => {
    const evs = events("China demanded that the United States cancel its arms sales to Taiwan.");
    expect(evs.map((e) => e.type)).toEqual(["REQUEST"]);
  });
  it("dates an event by its own time words", () => {
    const e = only("Kenya praised Ethiopia on Monday.", "SUPPORT");
    expect(e.date).toBe("2024-03-11");
  });
  it("reads 'Russian riot police' as one specific actor, not the country and its police", () => {
    const e = only("Russian riot police detained dozens of opposition activists in Moscow on Saturday.", "COERCE");
    expect(e.actors.map((a) => a.code)).toEqual(["RUSCOP"]);
  });
  it("keeps a country that is a separate conjunct beside another country's police", () => {
    const e = only("Russia and Chinese police held talks on border crime on Monday.", "CONSULT");
    expect(e.actors.map((a) => a.code)).toEqual(expect.arrayContaining(["RUS", "CHNCOP"]));
  });
  it("gives 'and accused' the reporting speaker, not the subject of the reported clause", () => {
    const e = only("China's envoy Li Wei said the draft would complicate regional efforts and accused Western countries of interfering in Myanmar.", "ACCUSE");
    expect(heads(e.actors)).toEqual(["CHN"]);
    expect(heads(e.recipients)).toContain("WST");
  });
  it("reads a participle phrase after the subject as a modifier ('the Red Cross operating in Iraq said')", () => {
    const e = only("The Red Cross operating in Iraq said US and British forces must ensure security for aid convoys.", "REQUEST");
    expect(heads(e.actors)).toEqual(["IGO"]);
    expect(heads(e.recipients)).toEqual(expect.arrayContaining(["USA", "GBR"]));
  });
  it("reads a verb the tagger mis-lemmatises by its regular stem ('staged' is not 'stag')", () => {
    const e = only("Opposition supporters in Kenya staged a rally in Nairobi on Saturday.", "PROTEST");
    expect(heads(e.actors)).toEqual(["KEN"]);
  });
  it("accepts a light verb that a noun pattern names ('speeded up the withdrawal')", () => {
    const e = only("Russia speeded up the withdrawal of its troops from Georgia on Tuesday.", "RETREAT");
    expect(heads(e.actors)).toEqual(["RUS"]);
    expect(heads(e.recipients)).toContain("GEO");
  });
  it("does not assert a gerund after 'for' ('an appeal for deploying troops')", () => {
    const evs = events("Lebanon rejected a United Nations appeal for deploying army troops along its border with Israel.");
    expect(evs.map((e) => e.type)).toEqual(["REJECT"]);
  });
  it("takes a foreign place in the object as the recipient ('suspended aid deliveries in Kabul')", () => {
    const e = only("The World Food Programme suspended aid deliveries in Kabul on Monday after two of its trucks were attacked.", "SANCTION");
    expect(heads(e.recipients)).toEqual(["AFG"]);
  });
  it("gives a participle after a passive clause the agent ('was attacked by X, killing')", () => {
    const evs = events("A camp for Chadian refugees was attacked by Sudanese militiamen on Monday, killing at least 20 people.").filter((e) => e.type === "ASSAULT");
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(heads(e.actors)).toEqual(["SDN"]);
  });
  it("gives a participle the main subject, not a gerund inside a phrase ('a proposal for signing X, urging')", () => {
    const e = only("Bangladesh rejected an Indian proposal for signing a trade pact, urging India to sign the regional agreement instead.", "REQUEST");
    expect(heads(e.actors)).toEqual(["BGD"]);
    expect(heads(e.recipients)).toContain("IND");
  });
  it("keeps a background clause whose subject is its own actor even when its recipient is guessed", () => {
    const evs = events("Portugal's Justice Ministry approved the extradition of the businessman after New Delhi gave written assurances that he would be held in a separate ward.");
    const e = evs.find((x) => x.type === "AGREE");
    expect(e && heads(e.actors)).toEqual(["IND"]);
    expect(e && heads(e.recipients)).toContain("PRT");
  });
  it("reads a gerund after an aspect verb as its complement, through a control chain ('prepared to resume shelling')", () => {
    const evs = events("The Macedonian army planned to resume shelling Albanian rebel positions on Monday.");
    expect(evs.map((e) => e.type)).toEqual(["THREATEN"]);
  });
  it("codes readiness to use force as a force posture ('prepared to resume shelling' is MOBILIZE)", () => {
    const e = only("The Macedonian army prepared to resume shelling Albanian rebel positions on Monday.", "MOBILIZE");
    expect(heads(e.actors)).toEqual(["MKD"]);
    expect(events("The Macedonian army prepared to resume shelling Albanian rebel positions on Monday.")).toHaveLength(1);
  });
  it("does not assert a purpose clause that governs another verb ('cooperate to encourage refugees to return')", () => {
    const evs = events("Kenya and Uganda agreed on Monday that their countries should cooperate to encourage Somali refugees in Kenya to return home.");
    expect(evs.map((e) => e.type)).toEqual(["AGREE"]);
  });
  it("drops a condition beside the main event ('threatened to ... unless Damascus accepted its terms')", () => {
    const evs = events("Turkey threatened to launch a new military offensive against Syria unless Damascus accepted its conditions for ending the conflict.");
    expect(evs.map((e) => e.type)).toEqual(["THREATEN"]);
  });
  it("does not code an obligation as the act itself ('saying he must resign')", () => {
    const evs = events("Opposition activists in Kenya staged rallies in Nairobi against the president, saying he must resign.");
    expect(evs.map((e) => e.type)).toEqual(["PROTEST"]);
  });
  it("reads an obligation reported after the clause as the speaker's demand ('Iran must halt ..., the United States said')", () => {
    const e = only("Iran must halt uranium enrichment immediately, the United States said on Monday.", "REQUEST");
    expect(heads(e.actors)).toEqual(["USA"]);
    expect(heads(e.recipients)).toEqual(["IRN"]);
  });
  it("codes a charge inside a direct quote as the speaker's accusation, but not a quoted noun phrase", () => {
    const text = "Vietnamese fishermen said a Chinese ship rammed their boat near the Paracel Islands on Sunday. "
      + "\"This is a clear act of aggression against unarmed civilians,\" Vietnamese Foreign Ministry spokeswoman Pham Thu Hang told reporters in Hanoi. "
      + "China's foreign ministry urged Hanoi to stop \"provocations at sea.\"";
    const evs = coder.code({ text, published: "2024-03-14" }).events;
    const quoted = evs.filter((e) => e.evidence.rule === "quote.accusation");
    expect(quoted).toHaveLength(1);
    expect(heads(quoted[0].actors)).toEqual(["VNM"]);
    expect(heads(quoted[0].recipients)).toContain("CHN");
  });
  it("reads a quoted charge that a government is undermined as the speaker's accusation", () => {
    const text = "Authorities in Zimbabwe imposed a curfew in Harare on Saturday after protests over the vote count. "
      + "Britain said the curfew and the arrests of opposition officials \"undermine confidence in the electoral process\".";
    const quoted = coder.code({ text, published: "2024-03-14" }).events.filter((e) => e.evidence.rule === "quote.accusation");
    expect(quoted).toHaveLength(1);
    expect(heads(quoted[0].actors)).toEqual(["GBR"]);
    expect(heads(quoted[0].recipients)).toContain("ZWE");
  });
  it("makes the reporting police the actor of an agentless passive arrest, but not reporting witnesses", () => {
    const e = only("Three Nigerian students were arrested in Lagos on Friday, police said.", "COERCE");
    expect(e.actors.map((a) => a.code)).toEqual(["NGACOP"]);
    expect(heads(e.recipients)).toEqual(["NGA"]);
    expect(events("Five Kenyan journalists were arrested on Sunday, witnesses said.").filter((x) => x.type === "COERCE")).toHaveLength(0);
  });
  it("codes travelling somewhere for talks as the talks ('arrived in Uganda for talks')", () => {
    const e = only("Kenyan Trade Minister Moses Kuria arrived in Uganda on Monday for talks on a new customs union.", "CONSULT");
    expect(e.evidence.rule).toBe("consult.come-for-talks");
    expect(heads([...e.actors, ...e.recipients])).toEqual(expect.arrayContaining(["KEN", "UGA"]));
  });
  it("reads 'resorted to' + gerund as the act itself ('resorted to throwing stones')", () => {
    const e = only("Palestinian youths in Hebron resorted to throwing stones at Israeli soldiers on Friday.", "PROTEST");
    expect(heads(e.actors)).toEqual(["PSE"]);
    expect(heads(e.recipients)).toEqual(["ISR"]);
  });
  it("gives a verb after 'but' the subject of the clause it is coordinated with", () => {
    const e = only("Hungary reopened its border crossings on Monday but was still refusing entry to Syrian refugees, officials said.", "REJECT");
    expect(heads(e.actors)).toEqual(["HUN"]);
    expect(heads(e.recipients)).toContain("SYR");
  });
  it("names an actor code once when two mentions resolve to it ('Wang Wenbin ... Chinese Foreign Ministry')", () => {
    const evs = events("Chinese Foreign Ministry spokesman Wang Wenbin rejected the Philippine protest on Monday and urged Manila to stop provocations.");
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) {
      expect(new Set(e.actors.map((a) => a.code)).size).toBe(e.actors.length);
      expect(new Set(e.recipients.map((a) => a.code)).size).toBe(e.recipients.length);
    }
  });
  it("reads an exchange of fire as fighting by both sides and 'returned fire' as shooting, not a release", () => {
    const ex = events("Indian and Pakistani troops exchanged fire across the Line of Control on Sunday, army officials said.");
    expect(ex.map((e) => e.cameo?.code)).toContain("193");
    expect(ex.some((e) => e.type === "RETREAT")).toBe(false);
    const back = only("Israeli soldiers returned fire after militants attacked a checkpoint near Jenin, the army said.", "ASSAULT");
    expect(heads(back.actors)).toEqual(["ISR"]);
    const prisoners = only("Armenia returned 12 prisoners of war to Azerbaijan on Friday.", "RETREAT");
    expect(heads(prisoners.recipients)).toEqual(["AZE"]);
  });
  it("does not make the actor's own possessive a recipient ('its ambassador', 'toward its border')", () => {
    const recall = only("The Kenyan government said on Monday it would recall its ambassador from Uganda.", "THREATEN");
    expect(heads(recall.recipients)).not.toContain("KEN");
    expect(heads(recall.recipients)).toContain("UGA");
    const push = only("The Polish foreign ministry urged Belarus to stop pushing migrants toward its border.", "REQUEST");
    expect(heads(push.recipients)).not.toContain("POL");
    expect(heads(push.recipients)).toContain("BLR");
    // another party's possessive stays: "its" here is Serbia's
    const other = only("Croatia urged Serbia to reopen its border crossings.", "REQUEST");
    expect(heads(other.recipients)).toContain("SRB");
  });
});

