/**
 * A small generated corpus of realistic wire stories (deterministic), for ingest tests that run
 * the real coder. Each story differs in parties, place, day and figures, so each has its own hash.
 */
const PAIRS = [
  ["Russia", "Russian", "Pakistan", "Pakistani", "Islamabad", "Sergei Lavrov", "Shah Mahmood Qureshi"],
  ["China", "Chinese", "Nepal", "Nepalese", "Kathmandu", "Wang Yi", "Pradeep Gyawali"],
  ["France", "French", "Mali", "Malian", "Bamako", "Jean-Yves Le Drian", "Tiebile Drame"],
  ["Turkey", "Turkish", "Libya", "Libyan", "Tripoli", "Mevlut Cavusoglu", "Najla Mangoush"],
  ["India", "Indian", "Bangladesh", "Bangladeshi", "Dhaka", "Subrahmanyam Jaishankar", "AK Abdul Momen"],
  ["Japan", "Japanese", "Vietnam", "Vietnamese", "Hanoi", "Toshimitsu Motegi", "Pham Binh Minh"],
  ["Germany", "German", "Ukraine", "Ukrainian", "Kyiv", "Heiko Maas", "Dmytro Kuleba"],
  ["Iran", "Iranian", "Iraq", "Iraqi", "Baghdad", "Mohammad Javad Zarif", "Fuad Hussein"],
] as const;

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** Story number i (0-based) as plain text, with its publication date. */
export function story(i: number): { id: string; text: string; published: string; title: string } {
  const [a, aAdj, b, bAdj, city, aMin, bMin] = PAIRS[i % PAIRS.length];
  const day = 5 + (i % 20);
  const published = `2021-04-${String(day).padStart(2, "0")}`;
  const doses = (i + 1) * 10_000;
  const text = [
    `${city.toUpperCase()}, April ${day} (Reuters) - ${aAdj} Foreign Minister ${aMin} met his ${bAdj} counterpart ${bMin} in ${city} on ${DAYS[i % 5]}, the first such visit in ${2 + (i % 9)} years.`,
    `${a} and ${b} agreed to expand cooperation in energy and trade, ${bMin} told reporters after the talks.`,
    `"We are ready to supply ${doses.toLocaleString("en-US")} doses of vaccine to ${b}," ${aMin} said.`,
    `${a} also accused rival groups of trying to undermine the peace process, and ${b} rejected calls to expel the ${aAdj} ambassador.`,
    `Trade between the two countries reached $${(i % 7) + 1} billion last year, officials said.`,
  ].join("\n\n");
  return { id: `story-${i + 1}`, text, published, title: `${a} and ${b} agree to expand cooperation (${i + 1})` };
}

/** Stories 0..n-1 as JSON Lines. */
export function storiesJsonl(n: number, from = 0): string {
  return Array.from({ length: n }, (_, k) => JSON.stringify(story(from + k))).join("\n") + "\n";
}
