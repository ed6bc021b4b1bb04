import { describe, expect, it } from "vitest";
import { createCoder } from "../../coder.ts";
import type { FoundAmount } from "./index.ts";

const coder = createCoder();
const amounts = (text: string) => coder.run({ text }).amounts as FoundAmount[];
const one = (text: string) => {
  const found = amounts(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("amounts stage", () => {
  it("reads counted things with their head noun", () => {
    const a = one("The ministry said it had provided 50,000 doses to Pakistan.");
    expect(a).toMatchObject({ value: 50000, unit: "doses", text: "50,000 doses" });
  });

  it("reads percent written as a word or a sign", () => {
    expect(one("Bilateral trade grew by 46 percent last year.")).toMatchObject({ value: 46, unit: "percent" });
    expect(one("Inflation eased to 12.5% in May.")).toMatchObject({ value: 12.5, unit: "percent" });
  });

  it("turns currency symbols, codes and words into ISO 4217 codes with scales", () => {
    expect(one("The board approved about $1.2 billion for the programme.")).toMatchObject({ value: 1.2e9, unit: "USD", approx: "about" });
    expect(one("The fund disbursed SDR 882 million on Friday.")).toMatchObject({ value: 8.82e8, unit: "XDR" });
    expect(one("Revenue reached about LE 59.5 billion in the quarter.")).toMatchObject({ value: 5.95e10, unit: "EGP" });
    expect(one("The bank agreed to disburse 4 billion euros over three years.")).toMatchObject({ value: 4e9, unit: "EUR" });
  });

  it("tells the Australian dollar prefix from the US one", () => {
    expect(one("Canberra pledged A$150 million in aid.")).toMatchObject({ value: 1.5e8, unit: "AUD" });
    expect(one("Washington pledged US$150 million in aid.")).toMatchObject({ value: 1.5e8, unit: "USD" });
  });

  it("reads currency prefixes glued to the figure but not letters glued to a name", () => {
    expect(one("The county received Sh120 million from the Treasury.")).toMatchObject({ value: 1.2e8, unit: "KES" });
    expect(amounts("Leaders of the G20 discussed MH17 and F-16 deliveries.")).toEqual([]);
  });

  it("reads 'a million' as one million", () => {
    expect(one("More than a million people fled the city.")).toMatchObject({ value: 1e6, unit: "people", approx: "over" });
  });

  it("keeps both currencies of a converted sum", () => {
    const found = amounts("The loan of 580 million shillings (64.45 million dollars) was signed in Nairobi.");
    expect(found.map((a) => [a.value, a.unit])).toEqual([[5.8e8, "KES"], [6.445e7, "USD"]]);
  });

  it("multiplies rupees in crore and reads the rupee sign", () => {
    expect(one("He is wanted in an alleged ₹3,470 crore bank fraud.")).toMatchObject({ value: 3.47e10, unit: "INR" });
  });

  it("reads a singular qualified currency used as a modifier", () => {
    expect(one("The deals include a 5 billion U.S. dollar credit line to Brazil.")).toMatchObject({ value: 5e9, unit: "USD" });
    expect(one("The court imposed a 10 million Swiss franc fine on the bank.")).toMatchObject({ value: 1e7, unit: "CHF" });
  });

  it("marks approximations: at least, more than, exceeded, nearly, up to", () => {
    expect(one("At least 12 people were killed in the blast.")).toMatchObject({ value: 12, unit: "people", approx: "over" });
    expect(one("Trade with China exceeded 160 billion U.S. dollars.")).toMatchObject({ value: 1.6e11, unit: "USD", approx: "over" });
    expect(one("Nearly 2,000 families fled the town.")).toMatchObject({ value: 2000, unit: "families", approx: "under" });
    expect(one("The convoy carried up to 30 trucks of aid.")).toMatchObject({ value: 30, approx: "up to" });
  });

  it("reads spelled-out numbers and partitives", () => {
    const partitive = one("Twenty-three of them were released without charge on Sunday.");
    expect(partitive).toMatchObject({ value: 23, text: "Twenty-three of them" });
    expect(partitive.unit).toBeUndefined();
    expect(one("Thirteen members of the council voted in favour.")).toMatchObject({ value: 13, unit: "members" });
    const seats = amounts("The coalition says it was cheated out of at least 40 of the 163 seats.");
    expect(seats.map((a) => [a.value, a.unit])).toEqual([[40, "seats"], [163, "seats"]]);
  });

  it("gives mass nouns no unit but keeps what is counted", () => {
    expect(one("Growth came from trade of over 200 million wheat to Pakistan.")).toMatchObject({ value: 2e8, of: "wheat", approx: "over" });
  });

  it("leaves noun compounds and measures without a unit, keeping the wording", () => {
    expect(one("The guard deployed two patrol aircraft to the area.")).toMatchObject({ value: 2, unitAsWritten: "patrol aircraft" });
    expect(one("The boats were about 20 nautical miles east of the shoal.")).toMatchObject({ value: 20, unitAsWritten: "nautical miles" });
    expect(one("Two China Coast Guard vessels approached the boats.")).toMatchObject({ value: 2, unit: "vessels" });
  });

  it("ends the counted phrase at a plural noun, before a verb tagged as a noun", () => {
    expect(one("The bloc and its 450 million citizens face a long wait.")).toMatchObject({ value: 4.5e8, unit: "citizens" });
  });

  it("ignores years, dates, clock times, durations, ages and ordinals", () => {
    expect(amounts("In 2016 the court ruled on June 7 that the curfew from 9pm to 5am would last seven days.")).toEqual([]);
    expect(amounts("Kothari, 52, was remanded for the third time after talks lasting more than four hours.")).toEqual([]);
  });

  it("ignores hyphenated modifiers, names with numbers and referential counts", () => {
    expect(amounts("The 15-member council met in the Place du 13 Mai.")).toEqual([]);
    expect(amounts("The four signatories reaffirmed the 1951 Mutual Defense Treaty.")).toEqual([]);
    expect(amounts("Officials from the two countries met on a six-month schedule.")).toEqual([]);
  });

  it("does not read numbered things as counts", () => {
    expect(amounts("Allies reaffirmed their Article 5 commitments under Resolution 2334.")).toEqual([]);
    expect(amounts("The carrier filed for Chapter 11 protection after Flight 370 vanished.")).toEqual([]);
  });

  it("does not read vague quantities or COVID-19 as amounts", () => {
    expect(amounts("Thousands marched and dozens were arrested as COVID-19 cases rose.")).toEqual([]);
  });

  it("gives every amount offsets that point at its text and a rule id", () => {
    const doc = coder.run({ text: "Police said 34 people had been treated for injuries." });
    const [a] = doc.amounts;
    expect(doc.text.slice(a.start, a.end)).toBe(a.text);
    expect(a.rule).toMatch(/^amount\./);
    expect(a.sentence).toBe(0);
  });
});
