// _vaultlite.cpp - CPython extension behind the desktop password manager's "share item" feature.
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
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
    Py_buffer salt;
    if (!PyArg_ParseTuple(args, "s#y*", &passphrase, &len, &salt)) {
        return nullptr;
    }
    unsigned char key[32];
    const int ok = PKCS5_PBKDF2_HMAC(passphrase, static_cast<int>(len), static_cast<const unsigned char*>(salt.buf),
                                     static_cast<int>(salt.len), 600000, EVP_sha256(), sizeof key, key);
    PyBuffer_Release(&salt);
    if (ok != 1) {
        PyErr_SetString(PyExc_ValueError, "key derivation failed");
        return nullptr;
    }
    return PyBytes_FromStringAndSize(reinterpret_cast<const char*>(key), sizeof key);
}

PyObject* seal_item(PyObject*, PyObject* args)
{
    Py_buffer key;
    Py_buffer plain;
    if (!PyArg_ParseTuple(args, "y*y*", &key, &plain)) {
        return nullptr;
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    std::string out(12 + static_cast<std::size_t>(plain.len) + 16, '\0');
    auto* base = reinterpret_cast<unsigned char*>(out.data());
    int n = 0;
    int tail = 0;
    const EVP_CIPHER* cipher = EVP_aes_256_gcm();
    const bool ok = ctx && key.len == 32 && RAND_bytes(base, 12) == 1
        && EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, static_cast<const unsigned char*>(key.buf), base)
        && EVP_EncryptUpdate(ctx.get(), base + 12, &n, static_cast<const unsigned char*>(plain.buf),
                             static_cast<int>(plain.len))
        && EVP_EncryptFinal_ex(ctx.get(), base + 12 + n, &tail)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, base + 12 + n + tail);
    PyBuffer_Release(&key);
    PyBuffer_Release(&plain);
    if (!ok) {
        PyErr_SetString(PyExc_ValueError, "cannot seal item");
        return nullptr;
    }
    return PyBytes_FromStringAndSize(out.data(), 12 + n + tail + 16);
}

PyMethodDef kMethods[] = {
    {"share_key", share_key, METH_VARARGS, "share_key(passphrase, salt) -> bytes"},
    {"seal_item", seal_item, METH_VARARGS, "seal_item(key, plaintext) -> bytes"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef kModule = {PyModuleDef_HEAD_INIT, "_vaultlite", nullptr, -1, kMethods, nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit__vaultlite()
{
    return PyModule_Create(&kModule);
}
