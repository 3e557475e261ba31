/* Firmware updater for a field device: checks the image digest and decrypts the payload. */
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>

struct fw_manifest {
    char version[16];
    unsigned char digest[16];
    unsigned char key[16];
};

int fw_verify(const struct fw_manifest *m, const unsigned char *image, size_t len)
{
    unsigned char got[MD5_DIGEST_LENGTH];

    MD5(image, len, got); /* expect: weak-crypto */
    return CRYPTO_memcmp(got, m->digest, sizeof got) == 0 ? 0 : -1;
}

int fw_decrypt(const struct fw_manifest *m, const unsigned char *in, int len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0;
    int ok;

    if (ctx == NULL)
        return -1;
    ok = EVP_DecryptInit_ex(ctx, EVP_rc4(), NULL, m->key, NULL) == 1 && /* expect: weak-crypto */
         EVP_DecryptUpdate(ctx, out, &n, in, len) == 1 &&
         EVP_DecryptFinal_ex(ctx, out + n, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? n + tail : -1;
}

int fw_apply(const struct fw_manifest *m, const unsigned char *image, size_t len, unsigned char *scratch)
{
    if (fw_verify(m, image, len) != 0) {
        fprintf(stderr, "firmware %s: digest mismatch\n", m->version);
        return -1;
    }
    return fw_decrypt(m, image, (int)len, scratch);
}
