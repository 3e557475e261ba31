; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): blocks and item bodies,
; match arms, struct and enum bodies, literals and argument lists fold; so do block comments and
; runs of `use` declarations.
[(block)
 (declaration_list)
 (field_declaration_list)
 (ordered_field_declaration_list)
 (enum_variant_list)
 (field_initializer_list)
 (match_block)
 (use_list)
 (arguments)
 (parameters)
 (array_expression)
 (token_tree)] @fold

(block_comment) @fold.comment

(use_declaration) @fold.imports
