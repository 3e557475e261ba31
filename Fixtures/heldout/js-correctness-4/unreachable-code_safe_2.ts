// Angular route guard: only members of the project may open its settings.
import { inject } from "@angular/core";
import { Router } from "@angular/router";
import type { ActivatedRouteSnapshot, CanActivateFn } from "@angular/router";
import { SessionService } from "./session.service";

export const projectMemberGuard: CanActivateFn = (route: ActivatedRouteSnapshot) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const projectId = route.paramMap.get("projectId");
  switch (true) {
    case !session.user:
      return router.createUrlTree(["/login"]);
    case !projectId:
      router.navigate(["/projects"]);
      return false;
    default:
      return session.user.memberships.some(
        (m: { projectId: string; role: string }) => m.projectId === projectId && m.role !== "guest",
      );
  }
};
