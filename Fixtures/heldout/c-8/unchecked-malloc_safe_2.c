#include <stdlib.h>
#include <string.h>
#include <tcl.h>

typedef struct {
    double *samples;
    int count;
} Series;

static void series_free(Series *s)
{
    if (!s) return;
    free(s->samples);
    free(s);
}

static Series *series_new(int count)
{
    Series *s = malloc(sizeof *s);
    if (s == NULL)
        return NULL;
    s->count = count;
    s->samples = calloc(count > 0 ? (size_t)count : 1, sizeof(double));
    if (s->samples == NULL) {
        free(s);
        return NULL;
    }
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
    Series *s = series_new(n);
    if (!s) {
        Tcl_SetResult(interp, "out of memory", TCL_STATIC);
        return TCL_ERROR;
    }
    double total = 0;
    for (int i = 0; i < s->count; i++) {
        if (Tcl_GetDoubleFromObj(interp, items[i], &s->samples[i]) != TCL_OK) {
            series_free(s);
            return TCL_ERROR;
        }
        total += s->samples[i];
    }
    Tcl_SetObjResult(interp, Tcl_NewDoubleObj(s->count ? total / s->count : 0.0));
    series_free(s);
    return TCL_OK;
}

int Stats_Init(Tcl_Interp *interp)
{
    Tcl_CreateObjCommand(interp, "stats::mean", MeanCmd, NULL, NULL);
    return TCL_OK;
}
