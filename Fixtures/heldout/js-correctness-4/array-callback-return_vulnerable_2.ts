// Angular service: team members and their on-call status.
import { Injectable, inject } from "@angular/core";
import { HttpClient } from "@angular/common/http";
import { map } from "rxjs/operators";
import type { Observable } from "rxjs";

interface Member {
  id: string;
  name: string;
  active: boolean;
  shifts: { start: string; end: string }[];
}

@Injectable({ providedIn: "root" })
export class RosterService {
  private http = inject(HttpClient);

  member(id: string): Observable<Member | undefined> {
    return this.http.get<Member[]>("/api/members").pipe(
      map((members) =>
        members.find((m) => { // expect: array-callback-return
          m.active && m.id === id;
        }),
      ),
    );
  }

  fullyScheduled(members: Member[], day: string): boolean {
    return members.every((m) => { // expect: array-callback-return
      if (m.shifts.length > 0) {
        return m.shifts.some((s) => s.start.startsWith(day));
      }
    });
  }
}
