// pyconv.hpp - conversions between CPython objects and standard containers, shared by the extension modules.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pyconv {

using std::optional;
using std::string;
using std::vector;

inline optional<string> to_string(PyObject* obj)
{
    Py_ssize_t len = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(obj, &len);
    if (utf8 == nullptr) {
        return std::nullopt;
    }
    return string(utf8, static_cast<std::size_t>(len));
}

inline optional<vector<double>> to_doubles(PyObject* seq)
{
    PyObject* fast = PySequence_Fast(seq, "expected a sequence of numbers");
    if (fast == nullptr) {
        return std::nullopt;
    }
    const Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    vector<double> out;
    out.reserve(static_cast<std::size_t>(n));
    for (Py_ssize_t i = 0; i < n; ++i) {
        const double v = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, i));
        if (v == -1.0 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return std::nullopt;
        }
        out.push_back(v);
    }
    Py_DECREF(fast);
    return out;
}

inline PyObject* to_dict(const std::map<string, double>& values)
{
    using namespace std::string_literals;
    PyObject* dict = PyDict_New();
    for (const auto& [key, value] : values) {
        PyObject* v = PyFloat_FromDouble(value);
        const string name = key.empty() ? "_"s : key;
        if (v == nullptr || PyDict_SetItemString(dict, name.c_str(), v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(dict);
            return nullptr;
        }
        Py_DECREF(v);
    }
    return dict;
}

}  // namespace pyconv
