// _lines.cpp - CPython extension: splits a large log buffer into lines without building Python strs first.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cstdlib>
#include <cstring>

namespace {

PyObject* split_lines(PyObject*, PyObject* args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "y*", &view)) {
        return nullptr;
    }
    auto* copy = static_cast<char*>(std::malloc(static_cast<std::size_t>(view.len) + 1));
    if (copy == nullptr) {
        PyBuffer_Release(&view);
        return PyErr_NoMemory();
    }
    std::memcpy(copy, view.buf, static_cast<std::size_t>(view.len));
    copy[view.len] = '\0';
    PyBuffer_Release(&view);

    PyObject* result = PyList_New(0);
    char* cursor = copy;
    while (result != nullptr && *cursor != '\0') {
        char* end = std::strchr(cursor, '\n');
        const Py_ssize_t len = end ? end - cursor : static_cast<Py_ssize_t>(std::strlen(cursor));
        PyObject* line = PyBytes_FromStringAndSize(cursor, len);
        if (line == nullptr || PyList_Append(result, line) < 0) {
            Py_XDECREF(line);
            Py_CLEAR(result);
            break;
        }
        Py_DECREF(line);
        cursor = end ? end + 1 : cursor + len;
    }
    std::free(copy);
    return result;
}

PyMethodDef kMethods[] = {
    {"split_lines", split_lines, METH_VARARGS, "split_lines(bytes) -> list[bytes]"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_lines", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__lines()
{
    return PyModule_Create(&kModule);
}
