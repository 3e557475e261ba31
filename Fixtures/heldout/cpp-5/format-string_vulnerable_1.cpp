// _units.cpp - CPython extension: converts quantities between unit systems for the lab notebook.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cstdio>
#include <map>
#include <string>

namespace {

const std::map<std::string, double> kToMetre = {
    {"mm", 0.001}, {"cm", 0.01}, {"m", 1.0}, {"km", 1000.0}, {"in", 0.0254}, {"ft", 0.3048}, {"mi", 1609.344},
};

PyObject* convert(PyObject*, PyObject* args)
{
    double value = 0.0;
    const char* from = nullptr;
    const char* to = nullptr;
    if (!PyArg_ParseTuple(args, "dss", &value, &from, &to)) {
        return nullptr;
    }
    const auto a = kToMetre.find(from);
    const auto b = kToMetre.find(to);
    if (a == kToMetre.end() || b == kToMetre.end()) {
        std::string message = std::string("cannot convert ") + from + " to " + to;
        PyErr_Format(PyExc_ValueError, message.c_str()); // expect: format-string
        return nullptr;
    }
    return PyFloat_FromDouble(value * a->second / b->second);
}

PyObject* describe(PyObject*, PyObject* args)
{
    double value = 0.0;
    const char* unit = nullptr;
    const char* label = "";
    if (!PyArg_ParseTuple(args, "ds|s", &value, &unit, &label)) {
        return nullptr;
    }
    char text[128];
    std::snprintf(text, sizeof text, label, value, unit); // expect: format-string
    return PyUnicode_FromString(text);
}

PyMethodDef kMethods[] = {
    {"convert", convert, METH_VARARGS, "convert(value, from, to) -> float"},
    {"describe", describe, METH_VARARGS, "describe(value, unit, label) -> str"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_units", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__units()
{
    return PyModule_Create(&kModule);
}
