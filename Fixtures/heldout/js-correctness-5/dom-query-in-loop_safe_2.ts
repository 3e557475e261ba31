// Stimulus controller: validate every field of a multi-step signup form.
import { Controller } from "@hotwired/stimulus";

interface FieldRule {
  name: string;
  test: (value: string) => boolean;
  message: string;
}

export default class extends Controller<HTMLFormElement> {
  rules: FieldRule[] = [
    { name: "email", test: (v) => /.+@.+\..+/.test(v), message: "Enter a valid e-mail" },
    { name: "postcode", test: (v) => /^\d{5}$/.test(v), message: "Postcode has five digits" },
  ];

  validate(): boolean {
    const errorList = document.getElementById("form-errors") as HTMLUListElement;
    const fragment = document.createDocumentFragment();
    let ok = true;
    for (const rule of this.rules) {
      const input = this.element.elements.namedItem(rule.name) as HTMLInputElement;
      if (!rule.test(input.value)) {
        ok = false;
        const item = document.createElement("li");
        item.textContent = rule.message;
        fragment.append(item);
      }
    }
    errorList.append(fragment);
    return ok;
  }
}
