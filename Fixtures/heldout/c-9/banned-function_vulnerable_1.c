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

static VALUE label_encode(VALUE self, VALUE sku, VALUE title, VALUE copies)
{
    struct label_record rec;
    const char *sku_text = StringValueCStr(sku);
    const char *title_text = StringValueCStr(title);

    (void)self;
    memset(&rec, 0, sizeof rec);
    strcpy(rec.sku, sku_text); // expect: banned-function
    strncpy(rec.title, title_text, sizeof rec.title - 1);
    memcpy(rec.line, rec.sku, sizeof rec.sku);
    strcat(rec.line, title_text); // expect: banned-function
    rec.copies = NUM2UINT(copies);

    return rb_str_new((const char *)&rec, (long)sizeof rec);
}

void Init_thermal_label(void)
{
    VALUE mod = rb_define_module("ThermalLabel");
    rb_define_module_function(mod, "encode", label_encode, 3);
}
