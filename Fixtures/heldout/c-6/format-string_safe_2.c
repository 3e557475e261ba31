/* Lua 5.4 C module: validation helpers for mod scripts; errors carry the script's own message. */
#include <lua5.4/lua.h>
#include <lua5.4/lauxlib.h>
#include <stdio.h>
#include <string.h>

static FILE *audit;

static int l_require_field(lua_State *L)
{
    const char *field = luaL_checkstring(L, 2);
    const char *message = luaL_optstring(L, 3, "missing field");

    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_getfield(L, 1, field) == LUA_TNIL)
        return luaL_error(L, "%s (%s)", message, field);
    return 1;
}

static int l_audit(lua_State *L)
{
    size_t len = 0;
    const char *entry = luaL_checklstring(L, 1, &len);

    if (audit == NULL)
        return 0;
    fwrite(entry, 1, len, audit);
    fputc('\n', audit);
    return 0;
}

static const luaL_Reg check_lib[] = {
    {"require_field", l_require_field},
    {"audit", l_audit},
    {NULL, NULL},
};

int luaopen_modcheck(lua_State *L)
{
    audit = fopen("/var/log/game/mods.log", "a");
    luaL_newlib(L, check_lib);
    return 1;
}
