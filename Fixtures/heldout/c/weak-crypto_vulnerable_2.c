/* vault.c - encrypt notes on disk for the password-manager assignment */
#include <openssl/evp.h>
#include <string.h>

int encrypt_note(const unsigned char key[16], const unsigned char *in, int inlen,
                 unsigned char *out, int *outlen)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len, total;

    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL) != 1 || // expect: weak-crypto
        EVP_EncryptUpdate(ctx, out, &len, in, inlen) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    *outlen = total + len;
    EVP_CIPHER_CTX_free(ctx);
    return 0;
}

int legacy_decrypt(const unsigned char key[8], const unsigned char iv[8],
                   const unsigned char *in, int inlen, unsigned char *out, int *outlen)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len, ok;

    if (ctx == NULL)
        return -1;
    ok = EVP_DecryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv) == 1 && // expect: weak-crypto
         EVP_DecryptUpdate(ctx, out, &len, in, inlen) == 1;
    if (ok) {
        *outlen = len;
        ok = EVP_DecryptFinal_ex(ctx, out + len, &len) == 1;
        *outlen += len;
    }
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}
