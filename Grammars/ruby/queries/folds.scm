; Folding ranges (Sources/CodePalAnalysis/Folding/FoldingRanges.swift): class, module and method
; bodies, blocks, the branches of conditionals and case/begin, multi-line literals and argument
; lists, heredocs, and runs of require lines and of comments.
[(class)
 (module)
 (singleton_class)
 (method)
 (singleton_method)
 (do_block)
 (block)
 (if)
 (unless)
 (while)
 (until)
 (for)
 (case)
 (case_match)
 (when)
 (begin)
 (array)
 (hash)
 (argument_list)
 (heredoc_body)] @fold

(comment) @fold.comment

((call
   method: (identifier) @_require
   arguments: (argument_list (string))) @fold.imports
 (#any-of? @_require "require" "require_relative"))
