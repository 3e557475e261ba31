#include <tcl.h>
#include <cstdlib>
#include <cstring>
#include <string>

// Tcl extension written in C++: "ring::push name value" keeps the last N values per name.
namespace {

struct Ring {
    Tcl_Obj **slots;
    int size;
    int next;
};

Tcl_HashTable rings;

Ring *ring_for(const char *name, int size)
{
    int created = 0;
    Tcl_HashEntry *e = Tcl_CreateHashEntry(&rings, name, &created);
    if (!created)
        return static_cast<Ring *>(Tcl_GetHashValue(e));
    auto *r = static_cast<Ring *>(std::malloc(sizeof(Ring))); // expect: unchecked-malloc
    r->slots = static_cast<Tcl_Obj **>(std::calloc(static_cast<std::size_t>(size), sizeof(Tcl_Obj *))); // expect: unchecked-malloc
    r->size = size;
    r->next = 0;
    Tcl_SetHashValue(e, r);
    return r;
}

int RingPushCmd(ClientData, Tcl_Interp *interp, int objc, Tcl_Obj *const objv[])
{
    if (objc != 3) {
        Tcl_WrongNumArgs(interp, 1, objv, "name value");
        return TCL_ERROR;
    }
    Ring *r = ring_for(Tcl_GetString(objv[1]), 16);
    Tcl_Obj *&slot = r->slots[r->next];
    if (slot)
        Tcl_DecrRefCount(slot);
    slot = objv[2];
    Tcl_IncrRefCount(slot);
    r->next = (r->next + 1) % r->size;
    return TCL_OK;
}

} // namespace

extern "C" int Ring_Init(Tcl_Interp *interp)
{
    Tcl_InitHashTable(&rings, TCL_STRING_KEYS);
    Tcl_CreateObjCommand(interp, "ring::push", RingPushCmd, nullptr, nullptr);
    return Tcl_PkgProvide(interp, "ring", "1.0");
}
