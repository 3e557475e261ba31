/* vaultctl: stores salted password hashes and encrypts the vault file at rest. */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#define SALT_LEN 16

int hash_password(const char *password, unsigned char salt[SALT_LEN], unsigned char *out, unsigned *outlen)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok;

    if (ctx == NULL || RAND_bytes(salt, SALT_LEN) != 1) {
        EVP_MD_CTX_free(ctx);
        return -1;
    }
    ok = EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) == 1 && /* expect: weak-crypto */
         EVP_DigestUpdate(ctx, salt, SALT_LEN) == 1 &&
         EVP_DigestUpdate(ctx, password, strlen(password)) == 1 &&
         EVP_DigestFinal_ex(ctx, out, outlen) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}

int seal_vault(const unsigned char key[32], const unsigned char *plain, int len, unsigned char *out, int *outlen)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0, ok;

    if (ctx == NULL)
        return -1;
    ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), NULL, key, NULL) == 1 && /* expect: weak-crypto */
         EVP_EncryptUpdate(ctx, out, &n, plain, len) == 1 &&
         EVP_EncryptFinal_ex(ctx, out + n, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return -1;
    *outlen = n + tail;
    return 0;
}
