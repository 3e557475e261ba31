// _vec2.cpp - CPython extension type Vec2 used by the physics notebook helpers.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cmath>

namespace {

struct Vec2 {
    PyObject_HEAD
    double x;
    double y;
};

PyObject* vec2_new(PyTypeObject* type, PyObject* args, PyObject*)
{
    auto* self = reinterpret_cast<Vec2*>(type->tp_alloc(type, 0));
    if (self == nullptr) {
        return nullptr;
    }
    if (!PyArg_ParseTuple(args, "|dd", &self->x, &self->y)) {
        Py_DECREF(self);
        return nullptr;
    }
    return reinterpret_cast<PyObject*>(self);
}

PyObject* vec2_length(PyObject* obj, PyObject*)
{
    auto* v = reinterpret_cast<Vec2*>(obj);
    return PyFloat_FromDouble(std::hypot(v->x, v->y));
}

PyObject* vec2_quadrant(PyObject* obj, PyObject*)
{
    auto* v = reinterpret_cast<Vec2*>(obj);
    long q = static_cast<long>(std::floor(std::atan2(v->y, v->x) / (M_PI / 2.0)));
    return PyLong_FromLong((q + 4) % 4);
}

void vec2_dealloc(PyObject* obj)
{
    Py_TYPE(obj)->tp_free(obj);
}

PyMethodDef kMethods[] = {
    {"length", vec2_length, METH_NOARGS, "Euclidean length"},
    {"quadrant", vec2_quadrant, METH_NOARGS, "0..3, counter-clockwise from +x"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_vec2", nullptr, -1, nullptr, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyTypeObject Vec2Type = {PyVarObject_HEAD_INIT(nullptr, 0) "_vec2.Vec2"};

PyMODINIT_FUNC PyInit__vec2()
{
    Vec2Type.tp_basicsize = sizeof(Vec2);
    Vec2Type.tp_flags = Py_TPFLAGS_DEFAULT;
    Vec2Type.tp_new = vec2_new;
    Vec2Type.tp_dealloc = vec2_dealloc;
    Vec2Type.tp_methods = kMethods;
    if (PyType_Ready(&Vec2Type) < 0) {
        return nullptr;
    }
    PyObject* module = PyModule_Create(&kModule);
    if (module != nullptr && PyModule_AddObjectRef(module, "Vec2", reinterpret_cast<PyObject*>(&Vec2Type)) < 0) {
        Py_DECREF(module);
        return nullptr;
    }
    return module;
}
