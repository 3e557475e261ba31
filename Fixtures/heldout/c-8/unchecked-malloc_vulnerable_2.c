#include <stdlib.h>
#include <string.h>
#include <tcl.h>

typedef struct {
    double *samples;
    int count;
} Series;

static Series *series_new(int count)
{
    Series *s = malloc(sizeof *s); // expect: unchecked-malloc
    s->count = count;
    s->samples = malloc((size_t)count * sizeof(double)); // expect: unchecked-malloc
    return s;
}

/* stats::mean list */
static int MeanCmd(ClientData cd, Tcl_Interp *interp, int objc, Tcl_Obj *const objv[])
{
    (void)cd;
    int n;
    Tcl_Obj **items;
    if (objc != 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "list");
        return TCL_ERROR;
    }
    if (Tcl_ListObjGetElements(interp, objv[1], &n, &items) != TCL_OK)
        return TCL_ERROR;
    Series *s = series_new((int)n);
    double total = 0;
    for (int i = 0; i < s->count; i++) {
        if (Tcl_GetDoubleFromObj(interp, items[i], &s->samples[i]) != TCL_OK) {
            free(s->samples);
            free(s);
            return TCL_ERROR;
        }
        total += s->samples[i];
    }
    Tcl_SetObjResult(interp, Tcl_NewDoubleObj(s->count ? total / s->count : 0.0));
    free(s->samples);
    free(s);
    return TCL_OK;
}

int Stats_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "stats::mean", MeanCmd, NULL, NULL);
    return TCL_OK;
}
