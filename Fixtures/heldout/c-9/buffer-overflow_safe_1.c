/* ONC RPC service (rpcgen-style): stores a device's calibration blob under its serial. */
#include <rpc/rpc.h>
#include <string.h>
#include <stdio.h>

#define CAL_MAX 128

struct cal_args {
    char *serial;
    struct {
        u_int blob_len;
        char *blob_val;
    } blob;
};

struct cal_slot {
    char serial[24];
    unsigned char data[CAL_MAX];
    unsigned int used;
};

static struct cal_slot slots[32];
static unsigned int slot_count;

int *store_calibration_1_svc(struct cal_args *args, struct svc_req *req)
{
    static int result;
    struct cal_slot *slot;

    (void)req;
    result = -1;
    if (slot_count >= sizeof slots / sizeof slots[0])
        return &result;
    if (args->blob.blob_len > sizeof slot->data)
        return &result;
    slot = &slots[slot_count];
    snprintf(slot->serial, sizeof slot->serial, "%s", args->serial);
    memcpy(slot->data, args->blob.blob_val, args->blob.blob_len);
    slot->used = args->blob.blob_len;
    slot_count++;
    result = 0;
    return &result;
}
