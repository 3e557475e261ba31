// Angular route guard: only members of the project may open its settings.
import { inject } from "@angular/core";
import { Router } from "@angular/router";
import type { ActivatedRouteSnapshot, CanActivateFn } from "@angular/router";
import { SessionService } from "./session.service";

export const projectMemberGuard: CanActivateFn = (route: ActivatedRouteSnapshot) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const projectId = route.paramMap.get("projectId");
  if (!session.user) {
    return router.createUrlTree(["/login"]);
  }
  if (!projectId) {
    return false;
    router.navigate(["/projects"]); // expect: unreachable-code
  }
  let allowed = false;
  for (const membership of session.user.memberships) {
    if (membership.projectId !== projectId) {
      continue;
      console.debug("skipping", membership.projectId); // expect: unreachable-code
    }
    allowed = membership.role !== "guest";
  }
  return allowed || router.createUrlTree(["/projects", projectId]);
};
