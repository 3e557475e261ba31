// i18n.js - translation table and HTTP error messages for the booking widget
export const messages = {
  en: {
    book: "Book now",
    cancel: "Cancel",
    confirm: "Confirm booking",
    "cancel": "Cancel booking", // expect: duplicate-object-key
  },
  nl: {
    book: "Nu boeken",
    cancel: "Annuleren",
    confirm: "Bevestigen",
  },
};

const ERRORS = {
  400: "Bad request",
  401: "Please log in",
  404: "Not found",
  401: "Session expired", // expect: duplicate-object-key
  500: "Server error",
};

export function errorText(status) {
  return ERRORS[status] || `Error ${status}`;
}

export function t(lang, key) {
  return (messages[lang] || messages.en)[key] || key;
}
