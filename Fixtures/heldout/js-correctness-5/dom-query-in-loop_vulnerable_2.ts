// Stimulus controller: validate every field of a multi-step signup form.
import { Controller } from "@hotwired/stimulus";

interface FieldRule {
  name: string;
  test: (value: string) => boolean;
  message: string;
}

export default class extends Controller<HTMLFormElement> {
  static targets = ["summary"];

  rules: FieldRule[] = [
    { name: "email", test: (v) => /.+@.+\..+/.test(v), message: "Enter a valid e-mail" },
    { name: "postcode", test: (v) => /^\d{5}$/.test(v), message: "Postcode has five digits" },
  ];

  validate(): boolean {
    let ok = true;
    for (const rule of this.rules) {
      const input = this.element.elements.namedItem(rule.name) as HTMLInputElement;
      const errorList = document.getElementById("form-errors") as HTMLUListElement;  // expect: dom-query-in-loop
      if (!rule.test(input.value)) {
        ok = false;
        errorList.insertAdjacentHTML("beforeend", `<li>${rule.message}</li>`);
      }
    }
    for (const rule of this.rules) {
      const banners = document.getElementsByClassName("form-banner");  // expect: dom-query-in-loop
      banners[0]?.setAttribute("data-last-rule", rule.name);
    }
    return ok;
  }
}
