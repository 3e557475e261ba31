#include <stdio.h>
#include <string.h>
#include <tcl.h>

#define LABEL_MAX 48

typedef struct {
    char label[LABEL_MAX];
    char unit[16];
    double value;
} Gauge;

static Gauge gauges[32];
static int gauge_count;

static int GaugeAddCmd(ClientData cd, Tcl_Interp *interp, int objc, Tcl_Obj *const objv[])
{
    (void)cd;
    if (objc != 4) {
        Tcl_WrongNumArgs(interp, 1, objv, "label unit value");
        return TCL_ERROR;
    }
    if (gauge_count >= 32) {
        Tcl_SetResult(interp, "too many gauges", TCL_STATIC);
        return TCL_ERROR;
    }
    Gauge *g = &gauges[gauge_count];
    strcpy(g->label, Tcl_GetString(objv[1])); // expect: banned-function
    strcpy(g->unit, Tcl_GetString(objv[2])); // expect: banned-function
    if (Tcl_GetDoubleFromObj(interp, objv[3], &g->value) != TCL_OK)
        return TCL_ERROR;
    gauge_count++;
    Tcl_SetObjResult(interp, Tcl_NewIntObj(gauge_count));
    return TCL_OK;
}

static int GaugeShowCmd(ClientData cd, Tcl_Interp *interp, int objc, Tcl_Obj *const objv[])
{
    (void)cd; (void)objc; (void)objv;
    Tcl_Obj *list = Tcl_NewListObj(0, NULL);
    for (int i = 0; i < gauge_count; i++) {
        char line[96];
        snprintf(line, sizeof line, "%s=%.2f%s", gauges[i].label, gauges[i].value, gauges[i].unit);
        Tcl_ListObjAppendElement(interp, list, Tcl_NewStringObj(line, -1));
    }
    Tcl_SetObjResult(interp, list);
    return TCL_OK;
}

int Gauges_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "gauge::add", GaugeAddCmd, NULL, NULL);
    Tcl_CreateObjCommand(interp, "gauge::show", GaugeShowCmd, NULL, NULL);
    return Tcl_PkgProvide(interp, "gauges", "1.0");
}
