; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): the bodies of functions,
; classes and statements, and bracketed literals and calls spanning lines fold; so do runs of
; imports.
[(block)
 (dictionary)
 (list)
 (set)
 (tuple)
 (argument_list)
 (parameters)] @fold

[(import_statement) (import_from_statement)] @fold.imports
