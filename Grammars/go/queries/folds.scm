; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): bodies, struct and
; interface types, composite literals, argument lists and grouped declarations fold; so do block
; comments, and the import block.
[(block)
 (field_declaration_list)
 (interface_type)
 (literal_value)
 (argument_list)
 (const_declaration)
 (var_declaration)
 (expression_switch_statement)
 (type_switch_statement)
 (select_statement)] @fold

((comment) @fold.comment
 (#match? @fold.comment "^/\\*"))

(import_declaration) @fold.imports
