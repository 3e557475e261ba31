#include <stdio.h>
#include <string.h>
#include <nss.h>
#include <pk11pub.h>
#include <secoid.h>

struct api_client {
    char name[32];
    unsigned char fingerprint[32];
};

static SECStatus fingerprint_secret(struct api_client *c, const char *secret)
{
    return PK11_HashBuf(SEC_OID_SHA256, c->fingerprint,
                        (const unsigned char *)secret, (PRInt32)strlen(secret));
}

static PK11SymKey *token_key(PK11SlotInfo *slot, unsigned char *keybytes)
{
    SECItem keyitem = { siBuffer, keybytes, 32 };
    return PK11_ImportSymKey(slot, CKM_AES_GCM, PK11_OriginUnwrap, CKA_ENCRYPT, &keyitem, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CLIENT SECRET\n", argv[0]);
        return 2;
    }
    if (NSS_NoDB_Init(NULL) != SECSuccess) return 1;
    struct api_client c;
    snprintf(c.name, sizeof c.name, "%s", argv[1]);
    if (fingerprint_secret(&c, argv[2]) != SECSuccess) return 1;
    PK11SlotInfo *slot = PK11_GetInternalSlot();
    unsigned char keybytes[32];
    if (PK11_GenerateRandom(keybytes, sizeof keybytes) != SECSuccess) return 1;
    PK11SymKey *key = token_key(slot, keybytes);
    printf("%s: key %s\n", c.name, key ? "ready" : "unavailable");
    if (key) PK11_FreeSymKey(key);
    PK11_FreeSlot(slot);
    NSS_Shutdown();
    return 0;
}
