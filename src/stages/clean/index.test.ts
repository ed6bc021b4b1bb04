import { describe, expect, it } from "vitest";
import { createDoc, type ArticleDoc } from "../../document.ts";
import { DATA_DIR } from "../../lexicon/index.ts";
import { loadCleaningLexicon } from "../../lexicon/cleaning.ts";
import { createClean } from "./index.ts";

const clean = createClean(loadCleaningLexicon(DATA_DIR));
const BODY = "The two ministers met in Geneva on Friday and agreed to resume talks next month.";

function run(raw: string): ArticleDoc {
  const doc = createDoc({ text: raw }, "t");
  doc.raw = raw;
  clean(doc);
  return doc;
}

describe("clean stage: noise lines are removed with their rule", () => {
  const noise: [string, string][] = [
    ["Read more: Russia's investment can revive Pakistan Steel Mills: FM", "read-more"],
    ["ALSO READ: Egypt's non-oil private sector contracts for fourth straight month", "read-more"],
    ["Also Read | India, EU to step up cooperation on fugitives", "read-more"],
    ["Related: Chinese, Uruguayan officials discuss beef trade", "read-more"],
    ["By Mariam Fathy", "credit"],
    ["Courtesy: APP", "credit"],
    ["— AFP", "credit"],
    ["(Reuters)", "credit"],
    ["Share: Facebook | X | WhatsApp | Telegram", "boilerplate"],
    ["Home » Economy » Banking & Finance", "boilerplate"],
    ["Follow us on Instagram for more stories", "boilerplate"],
    ["Subscribe to our daily newsletter for the latest updates", "boilerplate"],
    ["Tags: IMF Egypt World Bank", "boilerplate"],
    ["#Myanmar #UN #China", "boilerplate"],
    ["Updated - May 15, 2025 08:10 am IST", "boilerplate"],
    ["Thursday, 26 June 2025 - 08:42 PM", "boilerplate"],
    ["The IMF headquarters in Washington. File photo/Reuters", "boilerplate"],
    ["Leaders pose for a group photo in Asuncion, July 3, 2025. (Xinhua/Ana Ruiz)", "boilerplate"],
    ["Copyright 2024 The Associated Press. All rights reserved.", "boilerplate"],
    ["Enditem", "boilerplate"],
    ["News|Elections", "boilerplate"],
    ["March 3, 2024 4:15 PM GMT+3Updated 2 hours ago", "boilerplate"],
    ["4 mins", "boilerplate"],
    ["Save articles to read later and create your own reading list.", "boilerplate"],
    ["Download the Dawn app for the latest news", "boilerplate"],
    ["Have a news tip? Email us at tips@example.com", "boilerplate"],
    ["(Representational image)", "boilerplate"],
    ["\u2014 The Associated Press", "credit"],
    ["Last modified on Tue 12 Mar 2024 10.05 GMT", "boilerplate"],
    ["Image caption, Rescue workers search the rubble in Antakya", "boilerplate"],
  ];
  for (const [line, kind] of noise) {
    it(`removes "${line}" as ${kind}`, () => {
      const doc = run(`${BODY}\n${line}\n${BODY}`);
      expect(doc.text).toBe(`${BODY}\n${BODY}`);
      expect(doc.removed).toHaveLength(1);
      expect(doc.removed[0]).toMatchObject({ kind, text: line });
      expect(doc.removed[0].rule).toMatch(/^[a-z-]+\.[a-z-.]+$/);
    });
  }
});

describe("clean stage: body lines are kept", () => {
  const body = [
    "Russia on Wednesday assured Pakistan of full cooperation in diverse areas.",
    "By the end of the week, more than 300 people had been detained, police said.",
    "The photo was taken by a resident and shared widely on social media, officials said.",
    "Read the full statement, the ministry urged reporters on Monday.",
    "He said the talks, held on May 3, 2024, had been \"constructive\".",
    "Source of the leak remains unknown, the ministry said.",
    "Officials released one image: a convoy crossing the bridge at dawn.",
  ];
  for (const line of body) {
    it(`keeps "${line.slice(0, 50)}..."`, () => {
      const doc = run(`${line}\n${BODY}`);
      expect(doc.text).toBe(`${line}\n${BODY}`);
      expect(doc.removed).toEqual([]);
    });
  }
});

describe("clean stage: embeds, datelines, headings, outlet", () => {
  it("removes an X post with its signature as one embed carrying author and date", () => {
    const doc = run(`${BODY}\nWe reviewed our cooperation in the field of security. pic.twitter.com/Y9kbeo0iPb\n— Shah Mahmood Qureshi (@SMQureshiPTI) April 7, 2021\n${BODY}`);
    expect(doc.text).toBe(`${BODY}\n${BODY}`);
    expect(doc.removed).toEqual([expect.objectContaining({ kind: "embed", author: "Shah Mahmood Qureshi", date: "2021-04-07", rule: "embed.x-signature" })]);
    expect(doc.dateClues).toContainEqual({ date: "2021-04-07", source: "embed", rule: "embed.x-signature" });
  });

  it("removes Facebook embeds and X signatures without a date", () => {
    const fb = run(`${BODY}\nWe welcome the adoption of the resolution.\nPosted by Ministry of Foreign Affairs on Tuesday, June 17, 2025\n${BODY}`);
    expect(fb.text).toBe(`${BODY}\n${BODY}`);
    expect(fb.removed[0]).toMatchObject({ kind: "embed", author: "Ministry of Foreign Affairs", date: "2025-06-17", rule: "embed.facebook" });
    const x = run(`${BODY}\nTalks were frank and useful.\n\u2014 Jane Roe (@EnvoyRoe)\n${BODY}`);
    expect(x.text).toBe(`${BODY}\n${BODY}`);
    expect(x.removed[0]).toMatchObject({ kind: "embed", author: "Jane Roe" });
  });

  it("cuts a Reuters dateline, keeping the sentence, and takes place, date and outlet", () => {
    const doc = run("NAIROBI, March 3 (Reuters) - Kenya and Somalia agreed to reopen their border.");
    expect(doc.text).toBe("Kenya and Somalia agreed to reopen their border.");
    expect(doc.meta).toMatchObject({ dateline: "NAIROBI", outlet: "Reuters" });
    expect(doc.dateClues).toContainEqual({ date: "--03-03", source: "dateline", rule: "dateline.caps" });
  });

  it("cuts Dawn, Kyodo and dpa style datelines", () => {
    expect(run("ISLAMABAD: Pakistan summoned the envoy.").text).toBe("Pakistan summoned the envoy.");
    expect(run("MANILA - The Philippines protested.").text).toBe("The Philippines protested.");
    const dpa = run("New York (dpa) - China vetoed the draft.");
    expect(dpa.text).toBe("China vetoed the draft.");
    expect(dpa.meta.outlet).toBe("dpa");
  });

  it("does not take a label such as UPDATE: for a dateline", () => {
    expect(run("UPDATE: The ministry corrected the figure.").text).toBe("UPDATE: The ministry corrected the figure.");
  });

  it("marks a short unpunctuated line as a heading and records its span", () => {
    const doc = run(`${BODY}\nLong legal battle\n${BODY}`);
    const [h] = doc.headings ?? [];
    expect(doc.text.slice(h.start, h.end)).toBe("Long legal battle");
    expect(doc.headings).toHaveLength(1);
  });

  it("keeps a dated subheading but removes a bare date line", () => {
    const doc = run(`${BODY}\nSummit on June 26, 2024\n${BODY}\nWednesday, 26 June 2024`);
    expect(doc.text).toBe(`${BODY}\nSummit on June 26, 2024\n${BODY}`);
    expect(doc.removed[0].rule).toBe("timestamp.line");
  });

  it("keeps a subheading that starts like a timestamp label", () => {
    const doc = run(`${BODY}\nReleased after 12 years\n${BODY}`);
    expect(doc.text).toContain("Released after 12 years");
    expect(doc.headings).toHaveLength(1);
  });

  it("takes a short question line as a heading but not a long one", () => {
    const doc = run(`${BODY}\nWhat happens next?\n${BODY}\nWhy did the two governments fail to agree on the border before the rainy season?\n${BODY}`);
    expect((doc.headings ?? []).map((h) => doc.text.slice(h.start, h.end))).toEqual(["What happens next?"]);
  });

  it("prefers the dateline agency over a byline outlet and ignores photo credits", () => {
    const doc = run(`By Lena Hartmann, dpa\nBERLIN (AFP) - ${BODY}\nA soldier at the border. | Photo Credit: PTI`);
    expect(doc.meta.outlet).toBe("AFP");
    expect(run(`${BODY}\nThe ministry building in Cairo. File photo/Reuters`).meta.outlet).toBeUndefined();
  });

  it("takes the headline list under a Related coverage header", () => {
    const doc = run(`${BODY}\nRelated coverage:\nJapan, Philippines agree to boost coast guard cooperation\nChina says it drove away vessels`);
    expect(doc.text).toBe(BODY);
    expect(doc.removed.map((r) => r.rule)).toEqual(["read-more.header", "read-more.header.item", "read-more.header.item"]);
  });

  it("warns when every line was boilerplate", () => {
    const doc = run("Read more: Something else\nEnditem");
    expect(doc.text).toBe("");
    expect(doc.messages[0].rule).toBe("clean.empty-body");
  });
});

describe("clean stage: hard-wrapped copy", () => {
  it("rejoins lines wrapped near 65 columns into paragraphs, keeping indented paragraph starts", () => {
    const raw = "SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary, Comissaria Smith said in its weekly review.\n"
      + "    The dry period means the temporao will be late this year,\nand arrivals for the week were 155,221 bags of 60 kilos.";
    const doc = run(raw);
    expect(doc.text).toBe("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January, Comissaria Smith said in its weekly review.\n"
      + "The dry period means the temporao will be late this year, and arrivals for the week were 155,221 bags of 60 kilos.");
    expect(doc.meta.dateline).toBe("SALVADOR");
  });

  it("leaves one-paragraph-per-line text alone", () => {
    const raw = `${BODY}\nShort heading here\n${BODY}\n${BODY}`;
    expect(run(raw).text).toBe(raw);
  });
});

describe("clean stage: more house styles", () => {
  it("cuts PTI, TASS and Gulf-paper datelines", () => {
    const pti = run("New Delhi, Mar 3 (PTI) The government on Sunday extended the ban.");
    expect(pti.text).toBe("The government on Sunday extended the ban.");
    expect(pti.meta.outlet).toBe("PTI");
    const tass = run("MOSCOW, March 3. /TASS/. Russia will send a delegation to the talks.");
    expect(tass.text).toBe("Russia will send a delegation to the talks.");
    expect(tass.meta).toMatchObject({ outlet: "TASS", dateline: "MOSCOW" });
    expect(run("Dubai: The UAE on Monday condemned the attack on a tanker off the coast of Fujairah.").meta.dateline).toBe("Dubai");
    expect(run("Analysis: The UAE on Monday condemned the attack.").text).toBe("Analysis: The UAE on Monday condemned the attack.");
    expect(run("Lavrov: Russia ready to help Pakistan\nMOSCOW: The minister spoke.").text).toBe("Lavrov: Russia ready to help Pakistan\nThe minister spoke.");
  });

  it("removes bracketed photo credits, BBC image labels, agency bylines and reporter e-mails", () => {
    const doc = run(`By AFP\n${BODY}\nSupporters run from tear gas in the capital on June 15, 2024 [Rijasolo/AFP]\nImage source, Getty Images\n${BODY}\nkim.jiwon@yna.co.kr`);
    expect(doc.text).toBe(`${BODY}\n${BODY}`);
    expect(doc.meta.outlet).toBe("AFP");
  });

  it("removes a post whose signature sits on the same line", () => {
    const doc = run(`${BODY}\nTalks are the only way forward. pic.twitter.com/abc123 — Jane Roe (@EnvoyRoe) May 1, 2024\n${BODY}`);
    expect(doc.text).toBe(`${BODY}\n${BODY}`);
    expect(doc.removed[0]).toMatchObject({ kind: "embed", author: "Jane Roe", date: "2024-05-01" });
  });
});

describe("clean stage: dateline edge cases", () => {
  it("takes a dateline on its own line and a mixed-case place before a long dash", () => {
    const alone = run(`Ahmet Yilmaz\nANKARA\n${BODY}`);
    expect(alone.meta.dateline).toBe("ANKARA");
    expect(alone.text).toBe(`Ahmet Yilmaz\n${BODY}`);
    const dash = run(`Nairobi \u2014 ${BODY}`);
    expect(dash.text).toBe(BODY);
    expect(dash.meta.dateline).toBe("Nairobi");
  });

  it("takes CNN's parenthesised name as the outlet", () => {
    const doc = run(`(CNN) \u2014 ${BODY}`);
    expect(doc.text).toBe(BODY);
    expect(doc.meta.outlet).toBe("CNN");
  });
});
