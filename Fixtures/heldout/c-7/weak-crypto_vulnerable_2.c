/* wolfCrypt: the field app's offline cache; records are RC4-encrypted and keyed by SHA-1 of the passphrase. */
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/arc4.h>
#include <wolfssl/wolfcrypt/hash.h>
#include <wolfssl/wolfcrypt/sha.h>
#include <string.h>

int cache_key_from_passphrase(const char *passphrase, byte key[WC_SHA_DIGEST_SIZE])
{
    return wc_ShaHash((const byte *)passphrase, (word32)strlen(passphrase), key); /* expect: weak-crypto */
}

int cache_seal(const byte key[WC_SHA_DIGEST_SIZE], byte *record, word32 len)
{
    Arc4 rc4;
    int ret;

    ret = wc_Arc4SetKey(&rc4, key, WC_SHA_DIGEST_SIZE); /* expect: weak-crypto */
    if (ret != 0)
        return ret;
    return wc_Arc4Process(&rc4, record, record, len);
}
