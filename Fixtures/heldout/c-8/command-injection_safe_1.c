#include <stdio.h>
#include <string.h>
#include <spawn.h>
#include <sys/wait.h>
#include <tcl.h>

extern char **environ;

/* printer::send queue file ?copies? */
static int PrinterSendCmd(ClientData cd, Tcl_Interp *interp, int objc, Tcl_Obj *const objv[])
{
    (void)cd;
    int copies = 1;
    if (objc < 3 || objc > 4) {
        Tcl_WrongNumArgs(interp, 1, objv, "queue file ?copies?");
        return TCL_ERROR;
    }
    if (objc == 4 && Tcl_GetIntFromObj(interp, objv[3], &copies) != TCL_OK)
        return TCL_ERROR;
    if (copies < 1 || copies > 20) {
        Tcl_SetResult(interp, "copies must be 1..20", TCL_STATIC);
        return TCL_ERROR;
    }

    char count[8];
    snprintf(count, sizeof count, "%d", copies);
    char *const args[] = { "lp", "-d", Tcl_GetString(objv[1]), "-n", count, "--",
                           Tcl_GetString(objv[2]), NULL };
    pid_t pid;
    int rc = posix_spawnp(&pid, "lp", NULL, NULL, args, environ);
    if (rc != 0) {
        Tcl_SetResult(interp, "cannot start lp", TCL_STATIC);
        return TCL_ERROR;
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        Tcl_SetResult(interp, "lp failed", TCL_STATIC);
        return TCL_ERROR;
    }
    Tcl_SetObjResult(interp, Tcl_NewIntObj(copies));
    return TCL_OK;
}

int Printer_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "printer::send", PrinterSendCmd, NULL, NULL);
    return Tcl_PkgProvide(interp, "printer", "0.3");
}
