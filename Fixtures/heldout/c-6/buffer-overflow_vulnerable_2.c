/* Lua 5.4 C module: a fixed table of sprite records that game scripts fill in. */
#include <lua5.4/lua.h>
#include <lua5.4/lauxlib.h>
#include <string.h>

#define MAX_SPRITES 128

struct sprite {
    char tag[16];
    int x, y;
};

static struct sprite sprites[MAX_SPRITES];

static int l_set_sprite(lua_State *L)
{
    lua_Integer slot = luaL_checkinteger(L, 1);
    size_t len = 0;
    const char *tag = luaL_checklstring(L, 2, &len);
    struct sprite *s;

    if (slot < 0)
        return luaL_argerror(L, 1, "negative slot");
    s = &sprites[slot]; /* expect: buffer-overflow */
    memcpy(s->tag, tag, len + 1); /* expect: buffer-overflow */
    s->x = (int)luaL_optinteger(L, 3, 0);
    s->y = (int)luaL_optinteger(L, 4, 0);
    return 0;
}

static const luaL_Reg sprite_lib[] = {
    {"set", l_set_sprite},
    {NULL, NULL},
};

int luaopen_sprites(lua_State *L)
{
    luaL_newlib(L, sprite_lib);
    return 1;
}
