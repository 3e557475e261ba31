#include <tree_sitter/api.h>
#include <dlfcn.h>

/*
 * Functions tree-sitter 0.20.7 exports but leaves out of api.h, which the pattern matcher of
 * CodePalSyntax (Match/) needs to reproduce the library's own query semantics exactly:
 * the facts its query cursor reads at each node, a symbol's metadata (supertypes), and the
 * query analysis's verdict on whether a pattern step can fail. Declared with the 0.20.7
 * signatures; the build pins that version (Debian's libtree-sitter-dev).
 */
typedef struct {
  bool visible;
  bool named;
  bool supertype;
} CodePalSymbolMetadata;

CodePalSymbolMetadata ts_language_symbol_metadata(const TSLanguage *, TSSymbol);

void ts_tree_cursor_current_status(
  const TSTreeCursor *,
  TSFieldId *field_id,
  bool *has_later_siblings,
  bool *has_later_named_siblings,
  bool *can_have_later_siblings_with_this_field,
  TSSymbol *supertypes,
  unsigned *supertype_count
);

TSNode ts_tree_cursor_parent_node(const TSTreeCursor *);

bool ts_query__step_is_fallible(const TSQuery *, uint16_t step_index);
