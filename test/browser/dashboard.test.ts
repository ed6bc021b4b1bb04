/** The dashboard in headless chromium over the bundled examples: dyad view, events, article, code box, map. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../src/cli/demo.ts";
import { HAVE_CHROMIUM, SHOT_DIR, startDashboard, type Dashboard } from "./browser.ts";

if (!HAVE_CHROMIUM) console.log("browser tests skipped: no chromium (apt-get install chromium, or set DYAD_CHROMIUM)");

/** Opens a view and waits until it says it is ready; returns the ms from navigation start to ready. */
async function open(page: Page, base: string, hash: string, view: string): Promise<number> {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(`#view[data-ready="${view}"]`, { timeout: 15_000 });
  return page.evaluate((v) => performance.getEntriesByName(`dyad:ready:${v}`).at(-1)?.startTime ?? Infinity, view);
}

describe.skipIf(!HAVE_CHROMIUM)("dashboard in chromium", () => {
  let d: Dashboard;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    d = await startDashboard();
    page = d.browser.pages()[0] ?? await d.browser.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto("data:text/html,<p>warm-up</p>");
  });
  afterAll(async () => { await d?.close(); });

  it("loads the dashboard in under a second on the demo data", async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await open(page, d.base, `?run=${i}#/dyad?a=RUS&b=PAK`, "dyad"));
    const median = [...times].sort((a, b) => a - b)[1];
    console.log(`dashboard load (navigation start -> dyad view drawn), ms: ${times.map(Math.round).join(", ")}; median ${Math.round(median)}`);
    expect(median).toBeLessThan(1000);
  });

  it("shows the RUS-PAK timeline; clicking a bar lists that period's events; a row opens its highlighted evidence", async () => {
    await open(page, d.base, "#/dyad?a=RUS&b=PAK", "dyad");
    // Find the last bar with events and click it where the user would, with the mouse.
    const point = await page.evaluate(() => {
      const canvas = document.querySelector("canvas")!;
      const chart = (globalThis as any).Chart.getChart(canvas);
      const r = canvas.getBoundingClientRect();
      for (let i = chart.data.labels.length - 1; i >= 0; i--) {
        for (let ds = 0; ds < 4; ds++) {
          if (chart.data.datasets[ds].data[i] !== 0) {
            const bar = chart.getDatasetMeta(ds).data[i];
            return { x: r.left + bar.x, y: r.top + (bar.y + bar.base) / 2, label: chart.data.labels[i] };
          }
        }
      }
      return null;
    });
    expect(point, "the RUS-PAK timeline has at least one bar").not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForSelector("[data-testid=period] [data-testid=event-row]");
    expect(await page.textContent("[data-testid=period] h2")).toContain(point!.label);
    await page.click("[data-testid=period] [data-testid=event-row]");
    const evidence = page.locator("[data-testid=period] [data-testid=evidence]").first();
    await evidence.waitFor();
    expect(await evidence.locator("mark.hl-trigger").count()).toBeGreaterThan(0);
    expect(await evidence.locator("mark.hl-actor, mark.hl-recipient").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOT_DIR, "dyad-view.png"), fullPage: true });
  });

  it("filters the event list, expands a row and follows it to the highlighted article", async () => {
    await open(page, d.base, "#/events?dyad=CHN-PHL&from=2025-04-01", "events");
    const rows = page.locator("[data-testid=event-row]");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const t of await page.locator("[data-testid=event-row] td.code").allTextContents()) expect(t).toMatch(/CHN|PHL/);
    for (const t of await page.locator("[data-testid=event-row] td.date").allTextContents()) expect(t >= "2025-04-01").toBe(true);
    await rows.first().click();
    await page.locator("[data-testid=evidence] mark.hl-trigger").first().waitFor();
    await page.screenshot({ path: join(SHOT_DIR, "events.png"), fullPage: true });
    await page.click("[data-testid=article-link]");
    await page.waitForSelector('#view[data-ready="article"]');
    expect(await page.locator("[data-testid=article-text] mark.hl-trigger").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=article-text] mark.hl-ent-country").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=article-text] .focus").count()).toBe(1);
    await page.screenshot({ path: join(SHOT_DIR, "article.png"), fullPage: true });
  });

  it("codes a pasted story in the code box and lists the same events the coder finds", async () => {
    const story = readExamples().find((e) => e.id.includes("water-cannon"))!;
    const expected = d.coder.code({ text: story.text }).events.length;
    await open(page, d.base, "#/code", "code");
    await page.fill("[data-testid=code-text]", story.text);
    await page.click("form.code-box button[type=submit]");
    await page.locator("[data-testid=code-result] [data-testid=article-text]").waitFor();
    expect(expected).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=code-result] [data-testid=coded-event]").count()).toBe(expected);
    expect(await page.locator("[data-testid=code-result] mark.hl-trigger").count()).toBeGreaterThan(0);
  });

  it("shades the countries of the examples on the offline world map, under the event list's filters", async () => {
    await open(page, d.base, "#/map", "map");
    const hits = await page.locator("[data-testid=map] path.country.hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-iso")));
    expect(hits).toEqual(expect.arrayContaining(["RUS", "PAK", "CHN", "PHL", "MDG"]));
    await open(page, d.base, "#/events?dyad=CHN-PHL", "events");
    await page.click("text=Show these on the map");
    await page.waitForSelector('#view[data-ready="map"]');
    const narrowed = await page.locator("[data-testid=map] path.country.hit").evaluateAll((els) => els.map((e) => e.getAttribute("data-iso")));
    expect(narrowed.sort()).toEqual(["CHN", "PHL"]);
    expect(errors).toEqual([]);
    expect(readFileSync(new URL("../../src/web/index.html", import.meta.url), "utf8")).not.toMatch(/https?:\/\//);
  });
});
