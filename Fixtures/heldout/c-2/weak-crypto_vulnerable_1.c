/* vault.c - password check and note encryption for the lab's secrets vault. */
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <stdio.h>
#include <string.h>

int vault_check_password(const char *password, const unsigned char stored[16])
{
    unsigned char digest[16];
    MD5((const unsigned char *)password, strlen(password), digest); // expect: weak-crypto
    return CRYPTO_memcmp(digest, stored, sizeof digest) == 0;
}

int vault_encrypt_note(const unsigned char key[16], const unsigned char *in, int len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0;
    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL) != 1 || // expect: weak-crypto
        EVP_EncryptUpdate(ctx, out, &n, in, len) != 1 ||
        EVP_EncryptFinal_ex(ctx, out + n, &tail) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return n + tail;
}
