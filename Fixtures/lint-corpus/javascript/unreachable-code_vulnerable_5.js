// Convert a unit keyword from the settings form into its symbol.
export function unitSymbol(text) {
  switch (text) {
    case "metric":
      return "°C";
    case "imperial":
      return "°F";
    default:
      throw new Error(`unknown units: ${text}`);
      break; // expect: unreachable-code
  }
}
