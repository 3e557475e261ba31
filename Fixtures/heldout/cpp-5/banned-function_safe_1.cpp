// _geoindex.cpp - CPython extension: a tiny named-point index used by the routing service.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Point {
    std::string name;
    std::string label;
    double lat;
    double lon;
};

std::vector<Point> g_points;

PyObject* add_point(PyObject*, PyObject* args)
{
    const char* name = nullptr;
    double lat = 0.0;
    double lon = 0.0;
    if (!PyArg_ParseTuple(args, "sdd", &name, &lat, &lon)) {
        return nullptr;
    }
    char coords[64];
    std::snprintf(coords, sizeof coords, " (%.5f, %.5f)", lat, lon);
    g_points.push_back(Point{name, std::string(name) + coords, lat, lon});
    return PyLong_FromSize_t(g_points.size() - 1);
}

PyObject* label_of(PyObject*, PyObject* args)
{
    Py_ssize_t index = 0;
    if (!PyArg_ParseTuple(args, "n", &index)) {
        return nullptr;
    }
    if (index < 0 || static_cast<std::size_t>(index) >= g_points.size()) {
        PyErr_SetString(PyExc_IndexError, "no such point");
        return nullptr;
    }
    const std::string& label = g_points[static_cast<std::size_t>(index)].label;
    return PyUnicode_FromStringAndSize(label.data(), static_cast<Py_ssize_t>(label.size()));
}

PyMethodDef kMethods[] = {
    {"add_point", add_point, METH_VARARGS, "add_point(name, lat, lon) -> index"},
    {"label_of", label_of, METH_VARARGS, "label_of(index) -> str"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_geoindex", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__geoindex()
{
    return PyModule_Create(&kModule);
}
