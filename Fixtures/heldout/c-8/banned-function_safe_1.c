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

static int copy_field(Tcl_Interp *interp, char *dst, size_t cap, Tcl_Obj *src)
{
    int len = 0;
    const char *text = Tcl_GetStringFromObj(src, &len);
    if ((size_t)len >= cap) {
        Tcl_SetObjResult(interp, Tcl_ObjPrintf("field too long: %d bytes", len));
        return TCL_ERROR;
    }
    memcpy(dst, text, (size_t)len + 1);
    return TCL_OK;
}

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
    if (copy_field(interp, g->label, sizeof g->label, objv[1]) != TCL_OK ||
        copy_field(interp, g->unit, sizeof g->unit, objv[2]) != TCL_OK)
        return TCL_ERROR;
    if (Tcl_GetDoubleFromObj(interp, objv[3], &g->value) != TCL_OK)
        return TCL_ERROR;
    gauge_count++;
    Tcl_SetObjResult(interp, Tcl_NewIntObj(gauge_count));
    return TCL_OK;
}

int Gauges_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "gauge::add", GaugeAddCmd, NULL, NULL);
    return Tcl_PkgProvide(interp, "gauges", "1.0");
}
