import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCoder } from "../../coder.ts";
import type { ArticleDoc } from "../../document.ts";
import { actorsInSpan, entityAt } from "./index.ts";

const coder = createCoder();
const fixture = (name: string) => coder.run({ text: readFileSync(new URL(`../../../test/fixtures/actors/${name}`, import.meta.url), "utf8") });
const run = (text: string) => coder.run({ text });

/** The entity names the n-th occurrence of `words` (exact span) resolves to. */
function resolved(doc: ArticleDoc, words: string, nth = 0): string[] {
  const starts = [...doc.text.matchAll(new RegExp(`\\b${words}\\b`, "g"))].map((m) => m.index);
  const at = starts[nth];
  const ids = doc.mentions.filter((m) => m.start === at && m.end === at + words.length).map((m) => m.entity);
  return doc.entities.filter((e) => ids.includes(e.id)).map((e) => e.name).sort();
}
const codeOf = (doc: ArticleDoc, name: string) => doc.entities.find((e) => e.name === name)?.actor?.code;

describe("coref stage", () => {
  it("takes a person's nationality from a later description", () => {
    const doc = fixture("later-nationality.txt");
    expect(resolved(doc, "The Kenyan envoy")).toEqual(["Peter Mwangi"]);
    expect(codeOf(doc, "Peter Mwangi")).toBe("KENGOV");
    expect(codeOf(doc, "Hirut Alemu")).toBe("ETHGOV");
  });

  it("follows two speakers alternating with the same pronoun", () => {
    const doc = fixture("alternating-speakers.txt");
    expect(resolved(doc, "He", 0)).toEqual(["Rajan Mehta"]);
    expect(resolved(doc, "He", 1)).toEqual(["Liu Wen"]);
    expect(codeOf(doc, "Rajan Mehta")).toBe("INDGOV");
    expect(codeOf(doc, "Liu Wen")).toBe("CHNGOV");
    expect(resolved(doc, "The two countries")).toEqual(["China", "India"]);
  });

  it("resolves she to the female official and his government to the other speaker's state", () => {
    const doc = fixture("female-official.txt");
    expect(resolved(doc, "She")).toEqual(["Maria Elena Vargas"]);
    expect(resolved(doc, "she")).toEqual(["Maria Elena Vargas"]);
    expect(doc.entities.find((e) => e.name === "Maria Elena Vargas")?.gender).toBe("f");
    expect(codeOf(doc, "Jorge Salcedo")).toBe("VENGOV");
    const gov = doc.text.indexOf("his government");
    expect(actorsInSpan(doc, gov, gov + "his government".length).map((a) => a.code)).toContain("VENGOV");
  });

  it("keeps 'in Moscow' a place while 'Moscow said' and its 'its' are the government", () => {
    const doc = fixture("capital-place.txt");
    const said = doc.text.indexOf("Moscow said");
    expect(entityAt(doc, said, said + 6)?.actor?.code).toBe("RUSGOV");
    const inMoscow = doc.text.indexOf("in Moscow") + 3;
    expect(entityAt(doc, inMoscow, inMoscow + 6)).toMatchObject({ kind: "place", country: "RUS" });
    expect(entityAt(doc, inMoscow, inMoscow + 6)?.actor).toBeUndefined();
    expect(resolved(doc, "its")).toEqual(["Moscow"]);
    expect(codeOf(doc, "Kemal Aydin")).toBe("TURGOV");
  });

  it("resolves the fund, the minister and companies named after a role noun", () => {
    const doc = fixture("imf-companies.txt");
    expect(resolved(doc, "the fund")).toEqual(["International Monetary Fund"]);
    expect(resolved(doc, "The minister")).toEqual(["Adel Samir"]);
    expect(codeOf(doc, "Misr Steel")).toBe("EGYBUS");
    expect(codeOf(doc, "Nabil Fouad")).toBe("EGYOPP");
  });

  it("resolves his country to the speaker's country and the Russian foreign minister to the named one", () => {
    const doc = run("Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi on Wednesday. He said his country had offered gas. The Russian foreign minister said Moscow was ready to help.");
    expect(resolved(doc, "his country")).toEqual(["Russia"]);
    expect(resolved(doc, "The Russian foreign minister")).toEqual(["Sergey Lavrov"]);
    const he = doc.text.indexOf("He said");
    expect(actorsInSpan(doc, he, he + 2).map((a) => a.code)).toEqual(["RUSGOV"]);
  });

  it("does not resolve it/they back across a subheading, nor to words in one", () => {
    const text = "LIMA, March 2 - Peru's Congress rejected the trade bill on Monday.\nTariff dispute drags on\nIt said the tariffs would stay.";
    const doc = run(text);
    expect(doc.sentences.some((s) => s.heading)).toBe(true);
    expect(resolved(doc, "It")).toEqual([]);
    expect(resolved(run(text.replace("\nTariff dispute drags on\n", " ")), "It")).toEqual(["Congress"]);
  });

  it("lets he/she cross a subheading to the person last speaking", () => {
    const doc = run("LIMA, March 2 - Foreign Minister Ana Ruiz left Lima on Monday for talks in Quito.\nTrade talks stall\nShe said nothing about the tariff dispute on Tuesday.");
    expect(resolved(doc, "She")).toEqual(["Ana Ruiz"]);
  });

  it("reads 'the two countries' as the parties named earlier in the sentence", () => {
    const doc = run("Pakistani Foreign Minister Shah Mahmood Qureshi spoke about Pakistan's border with India. He said the visit of the Russian foreign minister would deepen ties between the two countries.");
    expect(resolved(doc, "the two countries")).toEqual(["Pakistan", "Russia"]);
  });

  it("prefers a person whose gender is known over the sentence subject of unknown gender", () => {
    const doc = run("NAIROBI, May 3 - Kenyan Trade Minister John Kamau met Ms. Amina Yusuf, Tanzania's trade envoy, on Tuesday. She said the border would reopen. He said talks would continue.");
    expect(resolved(doc, "She")).toEqual(["Amina Yusuf"]);
    expect(resolved(doc, "He")).toEqual(["John Kamau"]);
    expect(codeOf(doc, "Amina Yusuf")).toBe("TZAGOV");
  });

  it("resolves 'the agency' to a named bureau or directorate, not to an unrelated company", () => {
    const doc = run("Officers of the Central Bureau of Investigation met Kothari Agro Exports Ltd. executives in Mumbai. The businessman was arrested by the agency on Wednesday.");
    expect(resolved(doc, "the agency")).toEqual(["Central Bureau of Investigation"]);
    const none = run("Kothari Agro Exports Ltd. said on Monday that exports rose. The figures were published by the agency on Wednesday.");
    expect(resolved(none, "the agency")).toEqual([]);
  });

  it("reads 'analysts said they' as the analysts, not the last group named", () => {
    const doc = run("Police fired tear gas at protesters in the capital on Sunday. Analysts said they expected more unrest. Union leaders said they would strike.");
    expect(resolved(doc, "they", 0)).toEqual([]);
    expect(resolved(doc, "they", 1)).toEqual([]);
    const banks = run("Japanese banks said they will pay special attention to the rules.");
    expect(resolved(banks, "they")).toEqual(["banks"]);
  });

  it("reads 'the two sides' urged by a third state as the parties of the sentences before", () => {
    const doc = run("Kyrgyz President Sadyr Japarov called his Tajik counterpart Emomali Rahmon on Wednesday and the two leaders agreed to a ceasefire. Russia, which has military bases in both countries, urged the two sides to show restraint.");
    expect(resolved(doc, "both countries")).toEqual(["Kyrgyzstan", "Tajikistan"]);
    expect(resolved(doc, "the two sides")).toEqual(["Kyrgyzstan", "Tajikistan"]);
  });

  it("reads 'the two leaders' and 'the two heads of state' as the two people just named, not three", () => {
    const doc = run("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva on Tuesday, and the two heads of state signed 15 agreements.");
    expect(resolved(doc, "the two heads of state")).toEqual(["Luiz Inacio Lula da Silva", "Xi Jinping"]);
    const three = run("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi on Tuesday. The two leaders signed an accord.");
    expect(resolved(three, "The two leaders")).toEqual([]);
  });
});
