#include <stdio.h>
#include <string.h>
#include <nss.h>
#include <pk11pub.h>
#include <secoid.h>

struct api_client {
    char name[32];
    unsigned char fingerprint[20];
};

static SECStatus fingerprint_secret(struct api_client *c, const char *secret)
{
    return PK11_HashBuf(SEC_OID_SHA1, c->fingerprint, // expect: weak-crypto
                        (const unsigned char *)secret, (PRInt32)strlen(secret));
}

static PK11Context *token_wrapper(PK11SlotInfo *slot, unsigned char *keybytes, SECItem *iv)
{
    SECItem keyitem = { siBuffer, keybytes, 8 };
    PK11SymKey *key = PK11_ImportSymKey(slot, CKM_DES_CBC_PAD, PK11_OriginUnwrap, CKA_ENCRYPT, &keyitem, NULL); // expect: weak-crypto
    if (!key) return NULL;
    SECItem *param = PK11_ParamFromIV(CKM_DES_CBC_PAD, iv);
    PK11Context *ctx = PK11_CreateContextBySymKey(CKM_DES_CBC_PAD, CKA_ENCRYPT, key, param);
    SECITEM_FreeItem(param, PR_TRUE);
    PK11_FreeSymKey(key);
    return ctx;
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
    unsigned char ivbytes[8] = { 0 };
    SECItem iv = { siBuffer, ivbytes, sizeof ivbytes };
    PK11Context *ctx = token_wrapper(slot, c.fingerprint, &iv);
    printf("%s: wrapper %s\n", c.name, ctx ? "ready" : "unavailable");
    if (ctx) PK11_DestroyContext(ctx, PR_TRUE);
    PK11_FreeSlot(slot);
    NSS_Shutdown();
    return 0;
}
