// Vitest suite for a unit-price parser used by a grocery comparison site.
import { describe, expect, it } from "vitest";
import { parseUnitPrice, pricePerKilo } from "../src/prices";

function classify(value: number): string {
  switch (value) {
    case NaN:  // expect: nan-comparison
      return "unparseable";
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
    expect(parsed === NaN || NaN === pricePerKilo(parsed, 500)).toBe(true);  // expect: nan-comparison
    expect(classify(parsed)).toBe("unparseable");
  });
});
