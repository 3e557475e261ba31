#include <tree_sitter/api.h>
#include <dlfcn.h>
