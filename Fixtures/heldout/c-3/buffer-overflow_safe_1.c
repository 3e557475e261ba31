/* modbus_slave_safe.c - "write multiple registers" with every length checked */
#include <stdint.h>
#include <string.h>

#define NUM_REGS 64

static uint16_t holding[NUM_REGS];
static uint8_t scratch[NUM_REGS * 2];

extern void send_exception(uint8_t fn, uint8_t code);

int handle_write_multiple(const uint8_t *frame, size_t len)
{
    uint16_t start, count, i;
    uint8_t byte_count;

    if (len < 9)
        return -1;
    start = (uint16_t)((frame[2] << 8) | frame[3]);
    count = (uint16_t)((frame[4] << 8) | frame[5]);
    byte_count = frame[6];
    if ((size_t)byte_count + 9 > len || byte_count != count * 2 || byte_count > sizeof scratch) {
        send_exception(0x10, 0x03);
        return -1;
    }
    if (start >= NUM_REGS || count > NUM_REGS - start) {
        send_exception(0x10, 0x02);
        return -1;
    }
    memcpy(scratch, frame + 7, byte_count);
    for (i = 0; i < count; i++)
        holding[start + i] = (uint16_t)((scratch[2 * i] << 8) | scratch[2 * i + 1]);
    return 0;
}
