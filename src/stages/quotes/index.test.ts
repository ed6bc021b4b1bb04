import { describe, expect, it } from "vitest";
import { createCoder } from "../../coder.ts";

const coder = createCoder();
const quotes = (text: string) => coder.run({ text }).quotes.map((q) => [q.text, q.speakerName]);

describe("quotes stage", () => {
  it("attributes a partial quote to the subject of the attribution verb", () => {
    const text = "British Ambassador Eleanor Whitcombe called the veto “shameful” at the council.";
    expect(quotes(text)).toEqual([["shameful", "Eleanor Whitcombe"]]);
  });

  it("attributes a quote-first sentence to the pronoun resolved to the previous speaker", () => {
    const text = "Interior Minister Haja Randrianasolo said the curfew would stay.\n“We will restore order,” he said.";
    expect(quotes(text)).toEqual([["We will restore order", "Haja Randrianasolo"]]);
  });

  it("reads the speaker after the verb in “…,” said X", () => {
    const text = "“The hospital is overwhelmed,” said Claire Dubois, the group's coordinator.";
    expect(quotes(text)).toEqual([["The hospital is overwhelmed", "Claire Dubois"]]);
  });

  it("gives the reporter, not the embedded subject, as speaker of a quote in reported speech", () => {
    const text = "U.S. Deputy Ambassador Marcus Delaney said Washington was “deeply disappointed” by the vote.";
    expect(quotes(text)).toEqual([["deeply disappointed", "Marcus Delaney"]]);
  });

  it("carries the subject over coordinated verbs and ', saying'", () => {
    const text = "Foreign Minister Vola Razafindrakoto rejected the criticism on Sunday, saying the forces had shown “great restraint”.";
    expect(quotes(text)).toEqual([["great restraint", "Vola Razafindrakoto"]]);
  });

  it("skips a fronted phrase to find the main subject", () => {
    const text = "Welcoming the visit of a Russian minister “in almost a decade”, Foreign Minister Shah Mahmood Qureshi said ties were strong.";
    expect(quotes(text)).toEqual([["in almost a decade", "Shah Mahmood Qureshi"]]);
  });

  it("uses the state or organisation as speaker when no person speaks", () => {
    const text = "France, the former colonial power, condemned the “disproportionate use of force” against demonstrators.";
    expect(quotes(text)).toEqual([["disproportionate use of force", "France"]]);
  });

  it("reads the speaker of a speech noun: the argument of X that …", () => {
    const text = "The court rejected the argument of his lawyer, Joao Mendes Carvalho, that he would face “inhuman” treatment.";
    expect(quotes(text)).toEqual([["inhuman", "Joao Mendes Carvalho"]]);
  });

  it("keeps reported speech out of quotes, in doc.speech with direct: false", () => {
    const doc = coder.run({ text: "Finance Minister Sherif El-Naggar told reporters that the government would sell stakes in ten companies." });
    expect(doc.quotes).toEqual([]);
    expect(doc.speech).toHaveLength(1);
    expect(doc.speech?.[0]).toMatchObject({ direct: false, speakerName: "Sherif El-Naggar", text: "the government would sell stakes in ten companies" });
  });

  it("records the rule that found and attributed each quote, and its sentence", () => {
    const doc = coder.run({ text: "It rained.\nLavrov said Russia was ready to “strengthen cooperation”." });
    expect(doc.quotes[0].sentence).toBe(1);
    expect(doc.quotes[0].rule).toMatch(/^quote\.marks\.pair\|quote\.speaker\./);
    expect(doc.quotes[0].direct).toBe(true);
  });
});
