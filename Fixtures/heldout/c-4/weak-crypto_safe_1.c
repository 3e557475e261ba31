/* vaultctl: stores salted password hashes and encrypts the vault file at rest. */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#define SALT_LEN 16
#define ITERATIONS 310000

int hash_password(const char *password, unsigned char salt[SALT_LEN], unsigned char out[32])
{
    if (RAND_bytes(salt, SALT_LEN) != 1)
        return -1;
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, SALT_LEN, ITERATIONS, EVP_sha256(), 32, out) == 1
               ? 0 : -1;
}

/* AES-256-GCM with a fresh 12-byte IV; the tag is appended after the ciphertext */
int seal_vault(const unsigned char key[32], const unsigned char *plain, int len,
               unsigned char iv[12], unsigned char *out, int *outlen)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, tail = 0, ok;

    if (ctx == NULL)
        return -1;
    ok = RAND_bytes(iv, 12) == 1 &&
         EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) == 1 &&
         EVP_EncryptUpdate(ctx, out, &n, plain, len) == 1 &&
         EVP_EncryptFinal_ex(ctx, out + n, &tail) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + n + tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return -1;
    *outlen = n + tail + 16;
    return 0;
}
