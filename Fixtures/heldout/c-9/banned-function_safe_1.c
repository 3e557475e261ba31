/* Ruby extension: a fixed-layout label record for the warehouse thermal printer. */
#include <ruby.h>
#include <string.h>
#include <stdint.h>

struct label_record {
    char sku[16];
    char title[48];
    char line[96];
    uint32_t copies;
};

static void copy_field(char *dst, size_t cap, const char *src)
{
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static VALUE label_encode(VALUE self, VALUE sku, VALUE title, VALUE copies)
{
    struct label_record rec;
    const char *sku_text = StringValueCStr(sku);
    const char *title_text = StringValueCStr(title);

    (void)self;
    memset(&rec, 0, sizeof rec);
    copy_field(rec.sku, sizeof rec.sku, sku_text);
    copy_field(rec.title, sizeof rec.title, title_text);
    snprintf(rec.line, sizeof rec.line, "%s %s", rec.sku, rec.title);
    rec.copies = NUM2UINT(copies);

    return rb_str_new((const char *)&rec, (long)sizeof rec);
}

void Init_thermal_label(void)
{
    VALUE mod = rb_define_module("ThermalLabel");
    rb_define_module_function(mod, "encode", label_encode, 3);
}
