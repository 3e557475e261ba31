// Angular service: team members and their on-call status.
import { Injectable, inject } from "@angular/core";
import { HttpClient } from "@angular/common/http";
import { map } from "rxjs/operators";
import type { Observable } from "rxjs";

interface Member {
  id: string;
  active: boolean;
  shifts: { start: string; end: string }[];
}

@Injectable({ providedIn: "root" })
export class RosterService {
  private http = inject(HttpClient);

  member(id: string): Observable<Member | undefined> {
    return this.http
      .get<Member[]>("/api/members")
      .pipe(map((members) => members.find((m) => m.active && m.id === id)));
  }

  fullyScheduled(members: Member[], day: string): boolean {
    return members.every((m) => {
      if (m.shifts.length === 0) {
        throw new Error(`member ${m.id} has no shifts`);
      }
      return m.shifts.some((s) => s.start.startsWith(day));
    });
  }

  hours(): number[] {
    return Array.from({ length: 24 }, (_, hour) => hour);
  }
}
