/* modbus_slave.c - Modbus RTU "write multiple registers" (0x10) on a PLC I/O board */
#include <stdint.h>
#include <string.h>

#define NUM_REGS 64

static uint16_t holding[NUM_REGS];
static uint8_t scratch[NUM_REGS * 2];

extern uint16_t crc16(const uint8_t *buf, size_t len);
extern void send_exception(uint8_t fn, uint8_t code);

int handle_write_multiple(const uint8_t *frame, size_t len)
{
    uint16_t start, count;
    uint8_t byte_count;
    uint16_t i;

    if (len < 9)
        return -1;
    start = (uint16_t)((frame[2] << 8) | frame[3]);
    count = (uint16_t)((frame[4] << 8) | frame[5]);
    byte_count = frame[6];
    if ((size_t)byte_count + 9 > len) {
        send_exception(0x10, 0x03);
        return -1;
    }

    memcpy(scratch, frame + 7, byte_count); /* expect: buffer-overflow */
    for (i = 0; i < count; i++) {
        holding[start + i] = (uint16_t)((scratch[2 * i] << 8) | scratch[2 * i + 1]); /* expect: buffer-overflow */
    }
    return 0;
}
