export class Temperature {
  private celsius: number;

  constructor(celsius: number) {
    this.celsius = celsius;
  }

  get fahrenheit(): number {
    return (this.celsius * 9) / 5 + 32;
  }

  set fahrenheit(value: number) {
    this.celsius = ((value - 32) * 5) / 9;
  }
}

export const UNIT_LABELS: Record<string, string> = {
  g: "gram",
  G: "giga (not a kitchen unit)",
  kg: "kilogram",
  ml: "millilitre",
  mL: "millilitre",
};

const defaults = { servings: 2, vegetarian: false, spicy: 1 };

export function withDefaults(input: Partial<typeof defaults>) {
  return { ...defaults, ...input, servings: Math.max(1, input.servings ?? defaults.servings) };
}
