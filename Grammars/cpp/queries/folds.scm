; inherits: c
; C++ on top of C's folds: namespace and template bodies, lambdas' blocks are compound statements.
[(declaration_list)
 (template_argument_list)] @fold
