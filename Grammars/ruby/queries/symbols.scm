; Document outline (see Grammars/python/queries/symbols.scm for the conventions). A class or
; module reopened in several files is one symbol with several definitions: each file outlines its
; own part. `class Shop::Cart` is named by its last constant, nested under nothing in this file.

(class
  name: [(constant) @name
         (scope_resolution name: (constant) @name)]) @definition.class

(module
  name: [(constant) @name
         (scope_resolution name: (constant) @name)]) @definition.module

; `def` at the top level defines a private method of Object: a function to a reader.
(program
  (method name: (_) @name) @definition.function)

(method name: (_) @name) @definition.method

; `def self.build` and the methods of `class << self` are class methods.
(singleton_method name: (_) @name) @definition.method

; `Struct.new(...)`/`Data.define(...)` assigned to a constant define a class.
((assignment
   left: (constant) @name
   right: (call receiver: (constant) @factory method: (identifier) @new)) @definition.class
 (#any-of? @factory "Struct" "Data")
 (#any-of? @new "new" "define"))

(assignment
  left: (constant) @name) @definition.constant

; `attr_accessor :items, :owner` defines one reader (and writer) per symbol, each named without
; its colon (symbolNamePrefixes in language.json).
((call
   method: (identifier) @macro
   arguments: (argument_list (simple_symbol) @name)) @definition.property
 (#any-of? @macro "attr_accessor" "attr_reader" "attr_writer" "attr"))

; `alias_method :size, :count` and `alias size count` name a method.
((call
   method: (identifier) @macro
   arguments: (argument_list . (simple_symbol) @name)) @definition.method
 (#eq? @macro "alias_method"))

(alias name: (_) @name) @definition.method
