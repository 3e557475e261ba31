// Vitest suite for a unit-price parser used by a grocery comparison site.
import { describe, expect, it } from "vitest";
import { parseUnitPrice, pricePerKilo } from "../src/prices";

function classify(value: number): string {
  if (Number.isNaN(value)) return "unparseable";
  switch (value) {
    case 0:
      return "free";
    default:
      return "priced";
  }
}

describe("parseUnitPrice", () => {
  it("reads euros with a comma", () => {
    expect(parseUnitPrice("2,49 €")).toBe(2.49);
  });

  it("rejects garbage", () => {
    const parsed = parseUnitPrice("ask at the till");
    expect(isNaN(parsed)).toBe(true);
    expect(pricePerKilo(parsed, 500)).toBeNaN();
    expect(classify(Number.NaN)).toBe("unparseable");
  });
});
