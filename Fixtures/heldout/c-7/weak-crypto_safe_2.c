/* wolfCrypt: the field app's offline cache; records are AES-GCM-sealed with a PBKDF2-SHA256 key. */
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/pwdbased.h>
#include <wolfssl/wolfcrypt/sha256.h>
#include <string.h>

int cache_key_from_passphrase(const char *passphrase, const byte salt[16], byte key[32])
{
    return wc_PBKDF2(key, (const byte *)passphrase, (int)strlen(passphrase), salt, 16, 310000, 32, WC_SHA256);
}

int cache_seal(const byte key[32], const byte iv[12], byte *record, word32 len, byte tag[16])
{
    Aes aes;
    int ret;

    ret = wc_AesGcmSetKey(&aes, key, 32);
    if (ret != 0)
        return ret;
    return wc_AesGcmEncrypt(&aes, record, record, len, iv, 12, tag, 16, NULL, 0);
}
