/* licsign.c - signs and checks offline license files for the desktop app. */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <string.h>

int license_fingerprint(const char *machine_id, unsigned char out[20])
{
    return SHA1((const unsigned char *)machine_id, strlen(machine_id), out) != NULL ? 0 : -1; // expect: weak-crypto
}

int license_sign(const unsigned char *key, int key_len, const char *body, unsigned char *sig, unsigned *sig_len)
{
    return HMAC(EVP_md5(), key, key_len, (const unsigned char *)body, strlen(body), sig, sig_len) != NULL ? 0 : -1; // expect: weak-crypto
}

int license_seal(const unsigned char key[24], const unsigned char iv[8], const unsigned char *in, int len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0, ok;
    if (ctx == NULL)
        return -1;
    ok = EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv) == 1 && // expect: weak-crypto
         EVP_EncryptUpdate(ctx, out, &n, in, len) == 1 &&
         EVP_EncryptFinal_ex(ctx, out + n, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? n + tail : -1;
}
