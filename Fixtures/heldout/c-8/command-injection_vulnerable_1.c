#include <stdio.h>
#include <string.h>
#include <tcl.h>

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

    char cmd[512];
    snprintf(cmd, sizeof cmd, "lp -d %s -n %d '%s' 2>&1",
             Tcl_GetString(objv[1]), copies, Tcl_GetString(objv[2]));
    FILE *out = popen(cmd, "r"); // expect: command-injection
    if (!out) {
        Tcl_SetResult(interp, "cannot start lp", TCL_STATIC);
        return TCL_ERROR;
    }
    Tcl_Obj *result = Tcl_NewObj();
    char line[256];
    while (fgets(line, sizeof line, out))
        Tcl_AppendToObj(result, line, -1);
    int status = pclose(out);
    if (status != 0) {
        Tcl_SetObjResult(interp, result);
        return TCL_ERROR;
    }
    Tcl_SetObjResult(interp, result);
    return TCL_OK;
}

int Printer_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "printer::send", PrinterSendCmd, NULL, NULL);
    return Tcl_PkgProvide(interp, "printer", "0.3");
}
