import { describe, expect, it } from "vitest";
import { findFullDate, findMonthDay, fromYymmdd } from "./date-text.ts";

describe("dates written in news furniture", () => {
  it("reads the common full-date shapes", () => {
    expect(findFullDate("Thursday, 26 June 2025 - 08:42 PM")?.date).toBe("2025-06-26");
    expect(findFullDate("KYODO NEWS - Aug 11, 2025 - 20:47")?.date).toBe("2025-08-11");
    expect(findFullDate("Source: Xinhua| 2025-07-04 10:05:21")?.date).toBe("2025-07-04");
    expect(findFullDate("Published in Dawn, April 8th, 2021")?.date).toBe("2021-04-08");
    expect(findFullDate("Sept. 9, 2024")?.date).toBe("2024-09-09");
  });

  it("reads numeric dates day first, falling back to month first", () => {
    expect(findFullDate("12.03.2024 14:05")?.date).toBe("2024-03-12");
    expect(findFullDate("03/25/2024")?.date).toBe("2024-03-25");
    expect(findFullDate("2024/03/12")?.date).toBe("2024-03-12");
  });

  it("rejects impossible dates and finds the first of several", () => {
    expect(findFullDate("February 30, 2024")).toBeUndefined();
    expect(findFullDate("Published May 14, 2025 | Updated May 15, 2025")?.date).toBe("2025-05-14");
  });

  it("reads a month and day without a year, and a YYMMDD story id", () => {
    expect(findMonthDay("July 4")?.date).toBe("--07-04");
    expect(findMonthDay("4 July")?.date).toBe("--07-04");
    expect(fromYymmdd("250617")).toBe("2025-06-17");
    expect(fromYymmdd("251399")).toBeUndefined();
  });
});
