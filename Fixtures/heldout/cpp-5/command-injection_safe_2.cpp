// _fontinfo.cpp - CPython extension: asks fontconfig's fc-query about a font file for the design tool.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cstdio>
#include <map>
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

// Reports on the fonts bundled with the tool only; the caller picks one by its short name.
const std::map<std::string, const char*> kBundled = {
    {"sans", "fc-query --format='%{family}\\n%{style}\\n' /opt/designtool/fonts/Inter-Regular.ttf"},
    {"serif", "fc-query --format='%{family}\\n%{style}\\n' /opt/designtool/fonts/Merriweather-Regular.ttf"},
    {"mono", "fc-query --format='%{family}\\n%{style}\\n' /opt/designtool/fonts/JetBrainsMono-Regular.ttf"},
};

PyObject* query(PyObject*, PyObject* args)
{
    const char* name = nullptr;
    if (!PyArg_ParseTuple(args, "s", &name)) {
        return nullptr;
    }
    const auto found = kBundled.find(name);
    if (found == kBundled.end()) {
        PyErr_SetString(PyExc_KeyError, "unknown bundled font");
        return nullptr;
    }
    FILE* pipe = ::popen(found->second, "r");
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
    {"query", query, METH_VARARGS, "query(name) -> str"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_fontinfo", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__fontinfo()
{
    return PyModule_Create(&kModule);
}
