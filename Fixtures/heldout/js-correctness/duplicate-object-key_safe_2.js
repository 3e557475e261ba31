// i18n.js (fixed) - keys that look alike but differ, plus a getter/setter pair
export const messages = {
  en: {
    book: "Book now",
    cancel: "Cancel",
    cancelBooking: "Cancel booking",
    Cancel: "CANCEL",
  },
};

const ERRORS = {
  400: "Bad request",
  401: "Please log in",
  "4O1": "typo-tolerant placeholder used by the tests",
  404: "Not found",
};

let currentLang = "en";
export const settings = {
  get lang() {
    return currentLang;
  },
  set lang(value) {
    currentLang = value in messages ? value : "en";
  },
};

export function errorText(status) {
  return ERRORS[status] || `Error ${status}`;
}
