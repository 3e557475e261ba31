export type Locale = "en" | "de";

const messages: Record<Locale, Record<string, string>> = {
  en: {
    "cart.empty": "Your cart is empty",
    "cart.checkout": "Checkout",
    "cart.remove": "Remove",
    "cart.checkout": "Proceed to checkout",  // expect: duplicate-object-key
  },
  de: {
    "cart.empty": "Ihr Warenkorb ist leer",
    "cart.checkout": "Zur Kasse",
    "cart.remove": "Entfernen",
  },
};

export function t(locale: Locale, key: string): string {
  return messages[locale][key] ?? key;
}

export const httpErrors = {
  400: "Bad request",
  404: "Not found",
  404: "Page not found",  // expect: duplicate-object-key
};
