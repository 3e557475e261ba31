// _vaultlite.cpp - CPython extension behind the desktop password manager's "share item" feature.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <memory>
#include <string>

namespace {

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const noexcept { EVP_CIPHER_CTX_free(c); }
};

PyObject* share_key(PyObject*, PyObject* args)
{
    const char* passphrase = nullptr;
    Py_ssize_t len = 0;
    if (!PyArg_ParseTuple(args, "s#", &passphrase, &len)) {
        return nullptr;
    }
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(passphrase), static_cast<std::size_t>(len), digest); // expect: weak-crypto
    return PyBytes_FromStringAndSize(reinterpret_cast<const char*>(digest), sizeof digest);
}

PyObject* seal_item(PyObject*, PyObject* args)
{
    Py_buffer key;
    Py_buffer plain;
    if (!PyArg_ParseTuple(args, "y*y*", &key, &plain)) {
        return nullptr;
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::string out(static_cast<std::size_t>(plain.len) + 16, '\0');
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    int n = 0;
    int tail = 0;
    const EVP_CIPHER* cipher = EVP_des_ede3_ecb(); // expect: weak-crypto
    const bool ok = ctx && key.len >= 24
        && EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, static_cast<const unsigned char*>(key.buf), nullptr)
        && EVP_EncryptUpdate(ctx.get(), dst, &n, static_cast<const unsigned char*>(plain.buf),
                             static_cast<int>(plain.len))
        && EVP_EncryptFinal_ex(ctx.get(), dst + n, &tail);
    PyBuffer_Release(&key);
    PyBuffer_Release(&plain);
    if (!ok) {
        PyErr_SetString(PyExc_ValueError, "cannot seal item");
        return nullptr;
    }
    return PyBytes_FromStringAndSize(out.data(), n + tail);
}

PyMethodDef kMethods[] = {
    {"share_key", share_key, METH_VARARGS, "share_key(passphrase) -> bytes"},
    {"seal_item", seal_item, METH_VARARGS, "seal_item(key, plaintext) -> bytes"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_vaultlite", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__vaultlite()
{
    return PyModule_Create(&kModule);
}
