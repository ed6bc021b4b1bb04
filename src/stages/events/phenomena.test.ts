import { beforeAll, describe, expect, it } from "vitest";
import { createCoder, type Coder } from "../../coder.ts";
import type { CodedEvent } from "../../types.ts";

let coder: Coder;
beforeAll(() => { coder = createCoder(); });

const heads = (list: { code: string }[]) => list.map((a) => a.code.slice(0, 3));
function events(text: string): CodedEvent[] {
  return coder.code({ text, published: "2024-03-14" }).events;
}
function ofType(text: string, type: string): CodedEvent[] {
  return events(text).filter((e) => e.type === type);
}

describe("events: reduced relatives", () => {
  it("codes 'demonstrators protesting X' as a demonstration by them beside the main event", () => {
    const text = "Police in Nairobi fired tear gas at hundreds of Kenyan demonstrators protesting the election results.";
    const [p] = ofType(text, "PROTEST");
    expect(p?.cameo?.code).toBe("141");
    expect(heads(p.actors)).toEqual(["KEN"]);
    expect(p.actors[0].code).not.toBe("KENCOP");
    expect(ofType(text, "ASSAULT")).toHaveLength(1);
  });
  it("leaves participles that only describe the noun without an event ('the agency operating in')", () => {
    expect(ofType("The Red Cross operating in Iraq said it had delivered medical aid.", "PROTEST")).toHaveLength(0);
  });
});

describe("events: event nouns as subjects", () => {
  it("reads 'an attack on X by Y' as Y's assault on X, not X's", () => {
    const [e] = ofType("An ambush on Malian soldiers by jihadist fighters killed nine troops near Gao on Tuesday.", "ASSAULT");
    expect(e).toBeDefined();
    expect(e.actors.map((a) => a.code)).toEqual(["MLIREB"]);
    expect(e.recipients.map((a) => a.code)).toContain("MLIMIL");
  });
  it("gives an attack with no named doer no actor ('a suicide bombing on a U.S. base')", () => {
    // No doer is named, so no event of the sentence may have one: the target is not the attacker.
    const evs = events("A suicide bombing on a U.S. base killed three American soldiers.");
    expect(evs.filter((e) => heads(e.actors).includes("USA"))).toEqual([]);
  });
  it("codes 'clashes erupted between X and Y' as fighting by both sides", () => {
    const [e] = ofType("Clashes erupted on Sunday between Armenian and Azerbaijani troops along the border.", "ASSAULT");
    expect(e?.cameo?.code).toBe("190");
    expect(new Set([...heads(e.actors), ...heads(e.recipients)])).toEqual(new Set(["ARM", "AZE"]));
  });
  it("codes 'fighting broke out between X and Y' but not a deal that 'broke down'", () => {
    expect(ofType("Fighting broke out between Sudanese and South Sudanese forces in Abyei.", "ASSAULT")).toHaveLength(1);
    expect(events("The ceasefire between Sudan and South Sudan broke down in May.").filter((e) => e.type === "ASSAULT")).toHaveLength(0);
  });
  it("codes 'talks resumed' as consultation but not 'demand continued' as a request", () => {
    expect(ofType("Talks between Serbia and Kosovo resumed in Brussels on Thursday.", "CONSULT")).toHaveLength(1);
    expect(ofType("Demand for Chilean copper continued to grow in March.", "REQUEST")).toHaveLength(0);
  });
});

describe("events: past-tense verbs the tagger reads as nouns", () => {
  it("codes 'troops shot dead N people' as an assault by the troops", () => {
    const [e] = ofType("Myanmar troops shot dead five villagers near the town of Hpakant on Saturday.", "ASSAULT");
    expect(e).toBeDefined();
    expect(e.actors.map((a) => a.code)).toEqual(["MMRMIL"]);
  });
  it("codes 'police shot and killed' and 'police shot at' as assaults by the police", () => {
    expect(ofType("Bangladeshi police shot and killed two garment workers in Dhaka.", "ASSAULT")[0]?.actors.map((a) => a.code)).toEqual(["BGDCOP"]);
    expect(ofType("Kenyan police shot at stone-throwing students in Nairobi.", "ASSAULT")[0]?.actors.map((a) => a.code)).toEqual(["KENCOP"]);
  });
  it("leaves 'shot' a noun after a determiner and in 'shot up N pct'", () => {
    expect(ofType("The Brazilian rate cut was a shot in the arm for the economy.", "ASSAULT")).toHaveLength(0);
    expect(ofType("Japanese exports shot up 12 pct in May.", "ASSAULT")).toHaveLength(0);
    expect(ofType("Chilean copper output shot 5 pct higher in March.", "ASSAULT")).toHaveLength(0);
  });
});

describe("events: killings told as 'V to death'", () => {
  it("codes 'hacked to death' and 'stabbed to death' as killings, a stabbing as an assault, a plain beating as a beating", () => {
    expect(ofType("Nigerian militants hacked to death six farmers in Benue state.", "ASSAULT")[0]?.cameo?.code).toBe("1823");
    expect(ofType("Sudanese gunmen stabbed to death two aid workers in Darfur.", "ASSAULT")[0]?.cameo?.code).toBe("1823");
    expect(ofType("Sudanese gunmen stabbed two aid workers in Darfur.", "ASSAULT")[0]?.cameo?.code).toBe("182");
    expect(ofType("Georgian police beat opposition supporters outside parliament in Tbilisi.", "ASSAULT")[0]?.cameo?.code).toBe("182");
  });
});
