// _fontinfo.cpp - CPython extension: asks fontconfig's fc-query about a font file for the design tool.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cstdio>
#include <string>

namespace {

std::string read_all(FILE* pipe)
{
    std::string out;
    char chunk[512];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0) {
        out.append(chunk, n);
    }
    return out;
}

PyObject* query(PyObject*, PyObject* args)
{
    const char* path = nullptr;
    const char* fields = "%{family}\\n%{style}\\n";
    if (!PyArg_ParseTuple(args, "s|s", &path, &fields)) {
        return nullptr;
    }
    std::string command = std::string("fc-query --format='") + fields + "' \"" + path + "\"";
    FILE* pipe = ::popen(command.c_str(), "r"); // expect: command-injection
    if (pipe == nullptr) {
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    std::string out = read_all(pipe);
    const int status = ::pclose(pipe);
    if (status != 0) {
        PyErr_SetString(PyExc_ValueError, "fc-query failed");
        return nullptr;
    }
    return PyUnicode_FromStringAndSize(out.data(), static_cast<Py_ssize_t>(out.size()));
}

PyMethodDef kMethods[] = {
    {"query", query, METH_VARARGS, "query(path, fields=...) -> str"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_fontinfo", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__fontinfo()
{
    return PyModule_Create(&kModule);
}
