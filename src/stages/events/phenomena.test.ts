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
