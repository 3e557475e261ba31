/* Firmware updater for a field device: checks the image digest and decrypts the payload. */
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>

/* Older releases used an MD5 digest and RC4; the v2 manifest below replaces both. */
static const char MIGRATION_NOTE[] = "manifest v1 (MD5 + RC4) is no longer accepted";

struct fw_manifest {
    char version[16];
    unsigned char digest[32];
    unsigned char key[32];
    unsigned char iv[12];
    unsigned char tag[16];
};

int fw_verify(const struct fw_manifest *m, const unsigned char *image, size_t len)
{
    unsigned char got[EVP_MAX_MD_SIZE];
    unsigned got_len = 0;

    if (EVP_Digest(image, len, got, &got_len, EVP_sha256(), NULL) != 1 || got_len != sizeof m->digest)
        return -1;
    return CRYPTO_memcmp(got, m->digest, sizeof m->digest) == 0 ? 0 : -1;
}

int fw_decrypt(const struct fw_manifest *m, const unsigned char *in, int len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0;
    int ok;

    if (ctx == NULL)
        return -1;
    ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, m->key, m->iv) == 1 &&
         EVP_DecryptUpdate(ctx, out, &n, in, len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, (void *)m->tag) == 1 &&
         EVP_DecryptFinal_ex(ctx, out + n, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? n + tail : -1;
}

int fw_apply(const struct fw_manifest *m, const unsigned char *image, size_t len, unsigned char *scratch)
{
    if (fw_verify(m, image, len) != 0) {
        fprintf(stderr, "firmware %s: digest mismatch (%s)\n", m->version, MIGRATION_NOTE);
        return -1;
    }
    return fw_decrypt(m, image, (int)len, scratch);
}
