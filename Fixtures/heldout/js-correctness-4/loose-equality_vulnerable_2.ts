// Angular service: keyboard shortcuts for the editor page.
import { Injectable, inject } from "@angular/core";
import { DOCUMENT } from "@angular/common";
import { fromEvent } from "rxjs";
import { filter, map } from "rxjs/operators";

@Injectable({ providedIn: "root" })
export class ShortcutService {
  private document = inject(DOCUMENT);

  saves() {
    return fromEvent<KeyboardEvent>(this.document, "keydown").pipe(
      filter((ev) => (ev.ctrlKey || ev.metaKey) && ev.key == "s"), // expect: loose-equality
      map((ev) => {
        ev.preventDefault();
        return ev.shiftKey ? "save-as" : "save";
      }),
    );
  }

  canEdit(user: { role: string; locked: boolean | number }): boolean {
    return user.role != "viewer" && !user.locked; // expect: loose-equality
  }
}
