/* backupseal.c - encrypts the nightly database dump before it is copied off site (OpenSSL 3). */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define CHUNK 65536

static int derive_key(const char *pass, const unsigned char *salt, unsigned char *key, unsigned char *iv)
{
    return EVP_BytesToKey(EVP_rc2_cbc(), EVP_sha1(), salt, /* expect: weak-crypto */
                          (const unsigned char *)pass, (int)strlen(pass), 1, key, iv) > 0;
}

int seal_file(FILE *in, FILE *out, const char *pass)
{
    unsigned char salt[8], key[EVP_MAX_KEY_LENGTH], iv[EVP_MAX_IV_LENGTH];
    unsigned char inbuf[CHUNK], outbuf[CHUNK + EVP_MAX_BLOCK_LENGTH];
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n, outlen, ok = 0;

    if (!ctx || RAND_bytes(salt, sizeof salt) != 1 || !derive_key(pass, salt, key, iv))
        goto out;
    if (!EVP_EncryptInit_ex(ctx, EVP_rc2_cbc(), NULL, key, iv)) /* expect: weak-crypto */
        goto out;
    fwrite("Salted__", 1, 8, out);
    fwrite(salt, 1, sizeof salt, out);
    while ((n = (int)fread(inbuf, 1, sizeof inbuf, in)) > 0) {
        if (!EVP_EncryptUpdate(ctx, outbuf, &outlen, inbuf, n))
            goto out;
        fwrite(outbuf, 1, (size_t)outlen, out);
    }
    if (!EVP_EncryptFinal_ex(ctx, outbuf, &outlen))
        goto out;
    fwrite(outbuf, 1, (size_t)outlen, out);
    ok = 1;
out:
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    return ok ? 0 : -1;
}
