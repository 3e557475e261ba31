#ifndef CODEPAL_PATTERN_WALK_H
#define CODEPAL_PATTERN_WALK_H

#include <stdbool.h>
#include <stdint.h>

/*
 * The hot loop of CodePal's pattern matcher (CodePalSyntax, Match/PatternMatcher.swift): one
 * walk of a tree that runs compiled pattern steps the way tree-sitter 0.20.7's query cursor does.
 * Everything else stays in Swift: compiling patterns into these steps, deciding which patterns a
 * file can match, predicates (asked through `give_up`) and building matches (`deliver`).
 */

enum {
  CP_STEP_NAMED = 1 << 0,
  CP_STEP_IMMEDIATE = 1 << 1,
  CP_STEP_LAST_CHILD = 1 << 2,
  CP_STEP_PASS_THROUGH = 1 << 3,
  CP_STEP_DEAD_END = 1 << 4,
  CP_STEP_ALTERNATIVE_IS_IMMEDIATE = 1 << 5,
  CP_STEP_CONTAINS_CAPTURES = 1 << 6,
  CP_STEP_FALLIBLE = 1 << 7,
};

#define CP_NONE UINT16_MAX
#define CP_DONE UINT16_MAX

/* One step, as PatternStep in Swift. */
typedef struct {
  uint16_t symbol;       /* 0: wildcard */
  uint16_t field;
  uint16_t depth;        /* CP_DONE for the step ending a pattern */
  uint16_t alternative;  /* CP_NONE when none */
  uint16_t captures[3];  /* CP_NONE-terminated */
  uint16_t flags;
  int32_t negated_fields; /* start of a zero-terminated list in `negated_fields`; 0 for none */
} CPStep;

typedef struct {
  uint16_t step;
  uint16_t pattern;
  bool is_rooted;
} CPEntry;

typedef struct {
  const CPStep *steps;
  uint32_t step_count;
  const uint16_t *negated_fields;
  /* Start entries of the patterns to run: wildcard-rooted ones, by symbol
     (`symbol_entries[by_symbol[s] ..< by_symbol[s + 1]]` for s < symbol_count), ERROR's. */
  const CPEntry *wildcard_entries;
  uint32_t wildcard_count;
  const CPEntry *symbol_entries;
  const int32_t *by_symbol;
  uint32_t symbol_count;
  const CPEntry *error_entries;
  uint32_t error_count;
  /* early[pattern * capture_count + capture]: ask `give_up` when a state takes that capture. */
  const bool *early;
  uint32_t capture_count;
  uint32_t max_step_depth;
} CPProgram;

/* tree-sitter's TSNode, laid out the same: this header stays free of <tree_sitter/api.h>, whose
   declarations belong to the CTreeSitter module on the Swift side. */
typedef struct {
  uint32_t context[4];
  const void *id;
  const void *tree;
} CPNode;

typedef struct {
  CPNode node;
  uint16_t id;
} CPCapture;

/* True drops the partial match: its predicates fail. */
typedef bool (*CPGiveUp)(void *context, uint32_t pattern, uint16_t capture, CPNode node);
/* One match, in tree-sitter's order; the captures are valid during the call only. */
typedef void (*CPDeliver)(void *context, uint32_t pattern, const CPCapture *captures, uint32_t count);

/* Runs the program over `root`; returns false when memory ran out (no further matches then). */
bool cp_match(const CPProgram *program, CPNode root, void *context, CPGiveUp give_up, CPDeliver deliver);

#endif
