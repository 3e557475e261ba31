; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): class, interface, trait
; and enum bodies, blocks, switch and match bodies, arrays and long argument lists fold; so do
; doc and other comments, heredocs, and the run of `use` statements.
[(declaration_list)
 (enum_declaration_list)
 (compound_statement)
 (switch_block)
 (match_block)
 (array_creation_expression)
 (arguments)
 (formal_parameters)
 (heredoc)
 (nowdoc)] @fold

(comment) @fold.comment

(namespace_use_declaration) @fold.imports
