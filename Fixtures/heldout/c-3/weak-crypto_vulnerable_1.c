/* fwcheck.c - verify a firmware image against the digest in its trailer before flashing */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>

#define TRAILER_LEN 16

int verify_image(const unsigned char *img, size_t len)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;
    EVP_MD_CTX *ctx;
    int ok;

    if (len <= TRAILER_LEN)
        return 0;
    ctx = EVP_MD_CTX_new();
    if (ctx == NULL)
        return 0;
    ok = EVP_DigestInit_ex(ctx, EVP_md5(), NULL) /* expect: weak-crypto */
         && EVP_DigestUpdate(ctx, img, len - TRAILER_LEN)
         && EVP_DigestFinal_ex(ctx, digest, &dlen);
    EVP_MD_CTX_free(ctx);
    return ok && dlen == TRAILER_LEN && memcmp(digest, img + len - TRAILER_LEN, TRAILER_LEN) == 0;
}

int encrypt_config(const unsigned char key[16], const unsigned char *in, int inlen, unsigned char *out)
{
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    int n = 0, fin = 0;

    if (c == NULL)
        return -1;
    if (!EVP_EncryptInit_ex(c, EVP_bf_ecb(), NULL, key, NULL) /* expect: weak-crypto */
        || !EVP_EncryptUpdate(c, out, &n, in, inlen)
        || !EVP_EncryptFinal_ex(c, out + n, &fin)) {
        EVP_CIPHER_CTX_free(c);
        return -1;
    }
    EVP_CIPHER_CTX_free(c);
    return n + fin;
}
