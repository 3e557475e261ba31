// The walk of CodePal's pattern matcher, in C because it visits every node of every file several
// times and Swift's per-access costs (reference counting, uniqueness and bounds checks on nested
// arrays) were the larger part of it. A port of MatchRun, which documents the rules: tree-sitter
// 0.20.7's query cursor, with partial matches kept by start depth (`levels`) so that a node is
// offered only to those waiting at its depth.

#include "pattern_walk.h"

#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

_Static_assert(sizeof(CPNode) == sizeof(TSNode), "CPNode mirrors TSNode");

static inline CPNode to_cp(TSNode node) {
  CPNode out;
  memcpy(&out, &node, sizeof out);
  return out;
}

static inline TSNode to_ts(CPNode node) {
  TSNode out;
  memcpy(&out, &node, sizeof out);
  return out;
}

// tree-sitter 0.20.7 exports these without declaring them in api.h (see CTreeSitter/shim.h).
void ts_tree_cursor_current_status(const TSTreeCursor *, TSFieldId *, bool *, bool *, bool *, TSSymbol *, unsigned *);
TSNode ts_tree_cursor_parent_node(const TSTreeCursor *);

#define DONE_BIT (1ULL << 63)
#define ERROR_SYMBOL ((TSSymbol)-1)

typedef struct {
  int32_t captures;  // capture list, -1 for none
  uint16_t target;   // start depth + depth of the step waited at; CP_DONE when complete
  uint16_t step;
  uint16_t pattern;
  uint16_t start_depth;
  bool seeking_immediate;
  bool has_in_progress_alternatives;
  bool dead;
  bool needs_parent;
} State;

typedef struct {
  State *items;
  uint32_t count;
  uint32_t capacity;
} StateArray;

typedef struct {
  CPCapture *items;
  uint32_t count;
  uint32_t capacity;
} CaptureList;

typedef struct {
  const CPProgram *program;
  const CPStep *steps;
  StateArray *levels;
  uint64_t *masks;
  bool *touched;
  uint32_t level_capacity;
  uint32_t level_count;
  uint32_t *touched_levels;
  uint32_t touched_count;
  StateArray finished;
  CaptureList *lists;
  uint32_t list_count;
  uint32_t list_capacity;
  int32_t *free_lists;
  uint32_t free_count;
  uint32_t free_capacity;
  void *context;
  CPGiveUp give_up;
  CPDeliver deliver;
  bool failed;
} Run;

// What the cursor knows about the current node's place, read when a state first needs it.
typedef struct {
  const TSTreeCursor *cursor;
  bool has_status;
  bool has_parent;
  TSFieldId field_id;
  bool has_later_siblings;
  bool has_later_named_siblings;
  bool can_have_later_siblings_with_field;
  TSNode parent;
} NodeFacts;

static void facts_status(NodeFacts *facts) {
  if (facts->has_status) return;
  TSSymbol supertypes[8];
  unsigned supertype_count = 8;
  ts_tree_cursor_current_status(facts->cursor, &facts->field_id, &facts->has_later_siblings, &facts->has_later_named_siblings,
                                &facts->can_have_later_siblings_with_field, supertypes, &supertype_count);
  facts->has_status = true;
}

static TSNode facts_parent(NodeFacts *facts) {
  if (!facts->has_parent) {
    facts->parent = ts_tree_cursor_parent_node(facts->cursor);
    facts->has_parent = true;
  }
  return facts->parent;
}

static bool facts_parent_is_error(NodeFacts *facts) {
  TSNode parent = facts_parent(facts);
  return !ts_node_is_null(parent) && ts_node_symbol(parent) == ERROR_SYMBOL;
}

// ---------------------------------------------------------------- arrays

static bool grow(void **items, uint32_t *capacity, uint32_t needed, size_t size) {
  if (needed <= *capacity) return true;
  uint32_t next = *capacity ? *capacity * 2 : 8;
  while (next < needed) next *= 2;
  void *moved = realloc(*items, (size_t)next * size);
  if (!moved) return false;
  *items = moved;
  *capacity = next;
  return true;
}

static bool states_insert(Run *run, StateArray *array, uint32_t index, State state) {
  if (!grow((void **)&array->items, &array->capacity, array->count + 1, sizeof(State))) {
    run->failed = true;
    return false;
  }
  memmove(&array->items[index + 1], &array->items[index], (array->count - index) * sizeof(State));
  array->items[index] = state;
  array->count++;
  return true;
}

static void states_remove(StateArray *array, uint32_t index) {
  memmove(&array->items[index], &array->items[index + 1], (array->count - index - 1) * sizeof(State));
  array->count--;
}

// ---------------------------------------------------------------- capture lists

static int32_t list_acquire(Run *run) {
  if (run->free_count > 0) return run->free_lists[--run->free_count];
  if (!grow((void **)&run->lists, &run->list_capacity, run->list_count + 1, sizeof(CaptureList))) {
    run->failed = true;
    return -1;
  }
  run->lists[run->list_count] = (CaptureList){0};
  return (int32_t)run->list_count++;
}

static void list_release(Run *run, int32_t id) {
  if (id < 0) return;
  run->lists[id].count = 0;
  if (!grow((void **)&run->free_lists, &run->free_capacity, run->free_count + 1, sizeof(int32_t))) {
    run->failed = true;
    return;
  }
  run->free_lists[run->free_count++] = id;
}

static bool list_append(Run *run, int32_t id, CPCapture capture) {
  CaptureList *list = &run->lists[id];
  if (!grow((void **)&list->items, &list->capacity, list->count + 1, sizeof(CPCapture))) {
    run->failed = true;
    return false;
  }
  list->items[list->count++] = capture;
  return true;
}

static void capture(Run *run, State *state, const CPStep *step, TSNode node) {
  if (state->captures < 0) {
    state->captures = list_acquire(run);
    if (state->captures < 0) return;
  }
  for (int i = 0; i < 3 && step->captures[i] != CP_NONE; i++) {
    list_append(run, state->captures, (CPCapture){to_cp(node), step->captures[i]});
  }
}

// Inserts a copy of level[index] right after it, with a capture list of its own.
static bool copy_state(Run *run, uint32_t level, uint32_t index) {
  State copy = run->levels[level].items[index];
  copy.captures = -1;
  int32_t source = run->levels[level].items[index].captures;
  if (source >= 0) {
    copy.captures = list_acquire(run);  // may move `run->lists`
    if (copy.captures < 0) return false;
    CaptureList *from = &run->lists[source], *to = &run->lists[copy.captures];
    if (!grow((void **)&to->items, &to->capacity, from->count, sizeof(CPCapture))) {
      run->failed = true;
      return false;
    }
    memcpy(to->items, from->items, from->count * sizeof(CPCapture));
    to->count = from->count;
  }
  return states_insert(run, &run->levels[level], index + 1, copy);
}

// ---------------------------------------------------------------- levels

static inline uint16_t target_of(const Run *run, uint16_t step, uint16_t start_depth) {
  uint16_t depth = run->steps[step].depth;
  return depth == CP_DONE ? CP_DONE : (uint16_t)(start_depth + depth);
}

static inline uint64_t bit_of(const State *state) {
  return state->target == CP_DONE ? DONE_BIT : 1ULL << (state->target - state->start_depth);
}

static void recompute_mask(Run *run, uint32_t level) {
  uint64_t mask = 0;
  StateArray *states = &run->levels[level];
  for (uint32_t i = 0; i < states->count; i++) mask |= bit_of(&states->items[i]);
  run->masks[level] = mask;
}

static void touch(Run *run, uint32_t level) {
  if (!run->touched[level]) {
    run->touched[level] = true;
    run->touched_levels[run->touched_count++] = level;
  }
}

static bool ensure_levels(Run *run, uint32_t count) {
  if (count > run->level_capacity) {
    uint32_t next = run->level_capacity ? run->level_capacity : 64;
    while (next < count) next *= 2;
    StateArray *levels = realloc(run->levels, next * sizeof(StateArray));
    if (levels) run->levels = levels;
    uint64_t *masks = realloc(run->masks, next * sizeof(uint64_t));
    if (masks) run->masks = masks;
    bool *touched = realloc(run->touched, next * sizeof(bool));
    if (touched) run->touched = touched;
    uint32_t *touched_levels = realloc(run->touched_levels, next * sizeof(uint32_t));
    if (touched_levels) run->touched_levels = touched_levels;
    if (!levels || !masks || !touched || !touched_levels) {
      run->failed = true;
      return false;
    }
    for (uint32_t i = run->level_capacity; i < next; i++) {
      run->levels[i] = (StateArray){0};
      run->masks[i] = 0;
      run->touched[i] = false;
    }
    run->level_capacity = next;
  }
  if (count > run->level_count) run->level_count = count;
  return true;
}

// ---------------------------------------------------------------- the longest-match rule

static int compare_nodes(TSNode left, TSNode right) {
  if (left.id != right.id) {
    uint32_t left_start = ts_node_start_byte(left), right_start = ts_node_start_byte(right);
    if (left_start < right_start) return -1;
    if (left_start > right_start) return 1;
    uint32_t left_end = ts_node_end_byte(left), right_end = ts_node_end_byte(right);
    if (left_end > right_end) return -1;
    if (left_end < right_end) return 1;
  }
  return 0;
}

static void compare_captures(const Run *run, int32_t left, int32_t right, bool *left_contains_right, bool *right_contains_left) {
  static const CaptureList empty = {0};
  const CaptureList *a = left >= 0 ? &run->lists[left] : &empty;
  const CaptureList *b = right >= 0 ? &run->lists[right] : &empty;
  *left_contains_right = true;
  *right_contains_left = true;
  uint32_t i = 0, j = 0;
  for (;;) {
    if (i < a->count) {
      if (j < b->count) {
        if (a->items[i].node.id == b->items[j].node.id && a->items[i].id == b->items[j].id) {
          i++;
          j++;
        } else {
          switch (compare_nodes(to_ts(a->items[i].node), to_ts(b->items[j].node))) {
            case -1:
              *right_contains_left = false;
              i++;
              break;
            case 1:
              *left_contains_right = false;
              j++;
              break;
            default:
              *right_contains_left = false;
              *left_contains_right = false;
              i++;
              j++;
              break;
          }
        }
      } else {
        *right_contains_left = false;
        break;
      }
    } else {
      if (j < b->count) *left_contains_right = false;
      break;
    }
  }
}

static bool finish(Run *run, State state) {
  StateArray *finished = &run->finished;
  return states_insert(run, finished, finished->count, state);
}

// The library's dedup-and-finish pass over one level.
static void settle(Run *run, uint32_t level) {
  StateArray *states = &run->levels[level];
  bool needed = false;
  uint32_t previous = UINT32_MAX;
  for (uint32_t i = 0; i < states->count; i++) {
    if (states->items[i].target == CP_DONE || states->items[i].pattern == previous) {
      needed = true;
      break;
    }
    previous = states->items[i].pattern;
  }
  if (!needed) return;
  for (uint32_t i = 0; i < states->count; i++) states->items[i].has_in_progress_alternatives = false;
  uint32_t i = 0;
  while (i < states->count) {
    bool did_remove = false;
    uint32_t k = i + 1;
    while (k < states->count) {
      State *state = &states->items[i], *other = &states->items[k];
      if (other->pattern != state->pattern) break;
      bool left_contains_right, right_contains_left;
      compare_captures(run, state->captures, other->captures, &left_contains_right, &right_contains_left);
      if (left_contains_right) {
        if (state->step == other->step) {
          list_release(run, other->captures);
          states_remove(states, k);
          continue;
        }
        other->has_in_progress_alternatives = true;
      }
      if (right_contains_left) {
        if (state->step == other->step) {
          list_release(run, state->captures);
          states_remove(states, i);
          did_remove = true;
          break;
        }
        state->has_in_progress_alternatives = true;
      }
      k++;
    }
    if (did_remove) continue;
    if (states->items[i].target == CP_DONE && !states->items[i].has_in_progress_alternatives) {
      finish(run, states->items[i]);
      states_remove(states, i);
      continue;
    }
    i++;
  }
  recompute_mask(run, level);
}

// ---------------------------------------------------------------- the walk

static void add_state(Run *run, const CPEntry *entry, uint32_t depth) {
  const CPStep *step = &run->steps[entry->step];
  uint32_t level = depth - step->depth;
  if (!ensure_levels(run, level + 1)) return;
  StateArray *states = &run->levels[level];
  uint32_t index = states->count;
  while (index > 0) {
    const State *previous = &states->items[index - 1];
    if (previous->pattern == entry->pattern && previous->step == entry->step) return;
    if (previous->pattern <= entry->pattern) break;
    index--;
  }
  State state = {
    .captures = -1,
    .target = (uint16_t)depth,
    .step = entry->step,
    .pattern = entry->pattern,
    .start_depth = (uint16_t)level,
    .seeking_immediate = true,
    .needs_parent = step->depth == 1,
  };
  if (!states_insert(run, states, index, state)) return;
  run->masks[level] |= bit_of(&state);
  touch(run, level);
}

// Offers the node to the states of `level` waiting at `depth`; false when none changed.
static bool offer(Run *run, uint32_t level, uint32_t depth, TSNode node, TSSymbol symbol, bool is_named, NodeFacts *facts) {
  const CPProgram *program = run->program;
  const bool node_is_error = symbol == ERROR_SYMBOL;
  bool changed = false;
  StateArray *states = &run->levels[level];
  uint32_t j = 0;
  while (j < states->count) {
    uint32_t copy_count = 0;
    if (states->items[j].target != depth) {
      j++;
      continue;
    }
    const CPStep *step = &run->steps[states->items[j].step];
    facts_status(facts);

    bool matches = step->symbol == 0 ? (!node_is_error && (is_named || !(step->flags & CP_STEP_NAMED))) : symbol == step->symbol;
    bool later_sibling_can_match = facts->has_later_siblings;
    if (((step->flags & CP_STEP_IMMEDIATE) && is_named) || states->items[j].seeking_immediate) later_sibling_can_match = false;
    if ((step->flags & CP_STEP_LAST_CHILD) && facts->has_later_named_siblings) matches = false;
    if (step->field) {
      if (step->field == facts->field_id) {
        if (!facts->can_have_later_siblings_with_field) later_sibling_can_match = false;
      } else {
        matches = false;
      }
    }
    if (matches && step->negated_fields) {
      for (const uint16_t *field = &program->negated_fields[step->negated_fields]; *field; field++) {
        if (ts_node_child_by_field_id(node, *field).id) {
          matches = false;
          break;
        }
      }
    }
    if (!matches) {
      if (!later_sibling_can_match) {
        list_release(run, states->items[j].captures);
        states_remove(states, j);
        changed = true;
        continue;
      }
      j++;
      continue;
    }
    changed = true;

    // A step that could also match a later sibling splits: one copy takes this node, the other
    // waits for the next.
    if (later_sibling_can_match && (step->flags & (CP_STEP_CONTAINS_CAPTURES | CP_STEP_FALLIBLE))) {
      if (!copy_state(run, level, j)) return changed;
      states = &run->levels[level];
      copy_count++;
    }

    State *state = &states->items[j];
    if (state->needs_parent) {
      TSNode parent = facts_parent(facts);
      if (ts_node_is_null(parent)) {
        state->dead = true;
      } else {
        state->needs_parent = false;
        uint32_t skipped = state->step;
        do {
          skipped--;
        } while ((run->steps[skipped].flags & (CP_STEP_DEAD_END | CP_STEP_PASS_THROUGH)) || run->steps[skipped].depth > 0);
        if (run->steps[skipped].captures[0] != CP_NONE) capture(run, state, &run->steps[skipped], parent);
      }
    }
    if (step->captures[0] != CP_NONE) {
      capture(run, state, step, node);
      if (run->give_up) {
        for (int i = 0; i < 3 && step->captures[i] != CP_NONE && !state->dead; i++) {
          uint16_t id = step->captures[i];
          if (program->early[(size_t)state->pattern * program->capture_count + id] &&
              run->give_up(run->context, state->pattern, id, to_cp(node))) {
            state->dead = true;
          }
        }
      }
    }
    if (state->dead) {
      list_release(run, state->captures);
      states_remove(states, j);
      // The copy that waits for later siblings is not offered this node.
      j += copy_count;
      continue;
    }

    state->step++;
    state->seeking_immediate = false;
    uint16_t start_depth = state->start_depth;

    // Split at alternatives: each alternative step gets a copy of the state.
    uint32_t end_index = j + 1;
    uint32_t k = j;
    while (k < end_index) {
      const CPStep *child_step = &run->steps[states->items[k].step];
      if (child_step->alternative != CP_NONE) {
        if (child_step->flags & CP_STEP_DEAD_END) {
          states->items[k].step = child_step->alternative;
          continue;
        }
        bool pass_through = (child_step->flags & CP_STEP_PASS_THROUGH) != 0;
        if (pass_through) states->items[k].step++;
        if (!copy_state(run, level, k)) return changed;
        states = &run->levels[level];
        end_index++;
        copy_count++;
        State *copy = &states->items[k + 1];
        copy->step = child_step->alternative;
        copy->target = target_of(run, child_step->alternative, start_depth);
        if (child_step->flags & CP_STEP_ALTERNATIVE_IS_IMMEDIATE) copy->seeking_immediate = true;
        if (pass_through) {
          states->items[k].target = target_of(run, states->items[k].step, start_depth);
          continue;
        }
      }
      states->items[k].target = target_of(run, states->items[k].step, start_depth);
      k++;
    }
    j += 1 + copy_count;
  }
  return changed;
}

static void deliver(Run *run) {
  for (uint32_t i = 0; i < run->finished.count; i++) {
    State *state = &run->finished.items[i];
    if (state->captures >= 0) {
      CaptureList *list = &run->lists[state->captures];
      run->deliver(run->context, state->pattern, list->items, list->count);
    } else {
      run->deliver(run->context, state->pattern, NULL, 0);
    }
    list_release(run, state->captures);
  }
  run->finished.count = 0;
}

// After leaving a node (the cursor now at `depth`): complete states that started deeper
// finish, states that needed something deeper than `depth` are gone.
static void leave(Run *run, uint32_t depth, bool halted) {
  const uint32_t max_step_depth = run->program->max_step_depth;
  if (halted) {
    for (uint32_t level = 0; level < run->level_count; level++) {
      StateArray *states = &run->levels[level];
      uint32_t kept = 0;
      for (uint32_t i = 0; i < states->count; i++) {
        State state = states->items[i];
        if (state.target == CP_DONE) {
          finish(run, state);
        } else if (level > depth || state.target > depth) {
          list_release(run, state.captures);
        } else {
          states->items[kept++] = state;
        }
      }
      states->count = kept;
      recompute_mask(run, level);
    }
    return;
  }
  // Levels up to `depth` may hold states waiting deeper than it.
  uint32_t level = depth + 1 > max_step_depth ? depth + 1 - max_step_depth : 0;
  for (; level <= depth && level < run->level_count; level++) {
    uint32_t shift = depth - level + 1;
    uint64_t deeper = run->masks[level] & ~DONE_BIT & (shift >= 63 ? 0 : ~((1ULL << shift) - 1));
    if (!deeper) continue;
    StateArray *states = &run->levels[level];
    uint32_t kept = 0;
    for (uint32_t i = 0; i < states->count; i++) {
      State state = states->items[i];
      if (state.target != CP_DONE && state.target > depth) {
        list_release(run, state.captures);
      } else {
        states->items[kept++] = state;
      }
    }
    bool removed = kept < states->count;
    states->count = kept;
    recompute_mask(run, level);
    // A complete state that waited for a removed one may now finish.
    if (removed && (run->masks[level] & DONE_BIT)) touch(run, level);
  }
  // Levels deeper than `depth` empty: complete states finish, the rest fail.
  for (level = depth + 1; level < run->level_count; level++) {
    StateArray *states = &run->levels[level];
    for (uint32_t i = 0; i < states->count; i++) {
      if (states->items[i].target == CP_DONE) {
        finish(run, states->items[i]);
      } else {
        list_release(run, states->items[i].captures);
      }
    }
    states->count = 0;
    run->masks[level] = 0;
  }
  if (run->level_count > depth + 1) run->level_count = depth + 1;
}

static int compare_levels(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

static void run_free(Run *run) {
  for (uint32_t i = 0; i < run->level_capacity; i++) free(run->levels[i].items);
  free(run->levels);
  free(run->masks);
  free(run->touched);
  free(run->touched_levels);
  free(run->finished.items);
  for (uint32_t i = 0; i < run->list_count; i++) free(run->lists[i].items);
  free(run->lists);
  free(run->free_lists);
}

bool cp_match(const CPProgram *program, CPNode root_node, void *context, CPGiveUp give_up, CPDeliver deliver_match) {
  TSNode root = to_ts(root_node);
  Run run = {
    .program = program,
    .steps = program->steps,
    .context = context,
    .give_up = give_up,
    .deliver = deliver_match,
  };
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  uint32_t depth = 0;
  bool ascending = false, halted = false;

  for (;;) {
    if (run.failed) break;
    if (halted) {
      for (uint32_t level = 0; level < run.level_count; level++) {
        for (uint32_t i = 0; i < run.levels[level].count; i++) list_release(&run, run.levels[level].items[i].captures);
        run.levels[level].count = 0;
      }
      deliver(&run);
      break;
    }
    if (ascending) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        ascending = false;
      } else if (ts_tree_cursor_goto_parent(&cursor)) {
        depth--;
      } else {
        halted = true;
      }
      leave(&run, depth, halted);
      deliver(&run);
      continue;
    }

    TSNode node = ts_tree_cursor_current_node(&cursor);
    // A node ending at byte 0 lies before the cursor's range (start 0) and is skipped.
    if (ts_node_end_byte(node) == 0) {
      if (!ts_tree_cursor_goto_next_sibling(&cursor)) ascending = true;
      continue;
    }
    TSSymbol symbol = ts_node_symbol(node);
    bool is_named = ts_node_is_named(node);
    NodeFacts facts = {.cursor = &cursor};
    bool node_is_error = symbol == ERROR_SYMBOL;
    if (!ensure_levels(&run, depth + 1)) break;

    if (!node_is_error) {
      for (uint32_t i = 0; i < program->wildcard_count; i++) {
        const CPEntry *entry = &program->wildcard_entries[i];
        if (entry->is_rooted || !facts_parent_is_error(&facts)) add_state(&run, entry, depth);
      }
    }
    const CPEntry *starting = NULL;
    uint32_t starting_count = 0;
    if (node_is_error) {
      starting = program->error_entries;
      starting_count = program->error_count;
    } else if (symbol < program->symbol_count) {
      starting = &program->symbol_entries[program->by_symbol[symbol]];
      starting_count = (uint32_t)(program->by_symbol[symbol + 1] - program->by_symbol[symbol]);
    }
    for (uint32_t i = 0; i < starting_count; i++) {
      if (starting[i].is_rooted || !facts_parent_is_error(&facts)) add_state(&run, &starting[i], depth);
    }

    // Offer the node to the states waiting at its depth: those of the levels at most
    // `max_step_depth` above it whose mask says so.
    for (uint32_t level = depth > program->max_step_depth ? depth - program->max_step_depth : 0; level <= depth; level++) {
      if ((run.masks[level] & (1ULL << (depth - level))) && offer(&run, level, depth, node, symbol, is_named, &facts)) {
        recompute_mask(&run, level);
        touch(&run, level);
      }
    }

    // The longest-match rule and finishing, level by level in the library's order.
    if (run.touched_count > 0) {
      if (run.touched_count > 1) qsort(run.touched_levels, run.touched_count, sizeof(uint32_t), compare_levels);
      for (uint32_t i = 0; i < run.touched_count; i++) {
        uint32_t level = run.touched_levels[i];
        run.touched[level] = false;
        if (level < run.level_count) settle(&run, level);
      }
      run.touched_count = 0;
    }
    deliver(&run);

    if (ts_tree_cursor_goto_first_child(&cursor)) {
      depth++;
    } else {
      ascending = true;
    }
  }

  bool ok = !run.failed;
  ts_tree_cursor_delete(&cursor);
  run_free(&run);
  return ok;
}
