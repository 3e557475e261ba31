/* backupseal.c - encrypts the nightly database dump before it is copied off site (OpenSSL 3). */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define CHUNK 65536
#define PBKDF2_ROUNDS 600000

static int derive_key(const char *pass, const unsigned char *salt, size_t saltlen, unsigned char key[32])
{
    return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, (int)saltlen, PBKDF2_ROUNDS, EVP_sha256(), 32, key) == 1;
}

int seal_file(FILE *in, FILE *out, const char *pass)
{
    unsigned char salt[16], key[32], iv[12], tag[16];
    unsigned char inbuf[CHUNK], outbuf[CHUNK + EVP_MAX_BLOCK_LENGTH];
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n, outlen, ok = 0;

    if (!ctx || RAND_bytes(salt, sizeof salt) != 1 || RAND_bytes(iv, sizeof iv) != 1
        || !derive_key(pass, salt, sizeof salt, key))
        goto out;
    if (!EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv))
        goto out;
    fwrite(salt, 1, sizeof salt, out);
    fwrite(iv, 1, sizeof iv, out);
    while ((n = (int)fread(inbuf, 1, sizeof inbuf, in)) > 0) {
        if (!EVP_EncryptUpdate(ctx, outbuf, &outlen, inbuf, n))
            goto out;
        fwrite(outbuf, 1, (size_t)outlen, out);
    }
    if (!EVP_EncryptFinal_ex(ctx, outbuf, &outlen)
        || !EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag))
        goto out;
    fwrite(tag, 1, sizeof tag, out);
    ok = 1;
out:
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    return ok ? 0 : -1;
}
