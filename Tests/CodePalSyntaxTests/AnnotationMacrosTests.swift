import CodePalSyntax
import TestSupport
import XCTest

/// Upper-case macros that stand for attributes or declarations are read as blanks by the C++
/// parser (`annotationMacros` in Grammars/cpp/language.json), and nothing else is.
final class AnnotationMacrosTests: XCTestCase {
    private let macros = AnnotationMacros(after: ["class", "struct", "union"], statementLines: true)

    private func masked(_ source: String) -> [String] {
        let bytes = Array(source.utf8)
        return macros.spans(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testMacrosThatAreBlanks() {
        XCTAssertEqual(masked("class JUCE_API Widget : public Component {\n};\n"), ["JUCE_API"])
        XCTAssertEqual(masked("struct DLL_EXPORT Point final { int x; };\n"), ["DLL_EXPORT"])
        XCTAssertEqual(masked("class A {\n    JUCE_DECLARE_NON_COPYABLE (A)\n};\n"), ["JUCE_DECLARE_NON_COPYABLE (A)"])
        XCTAssertEqual(masked("class A {\n    Q_OBJECT\npublic:\n    int x;\n};\n"), ["Q_OBJECT"])
        XCTAssertEqual(masked("// warnings\nJUCE_BEGIN_IGNORE (\"-Wx\")\nJUCE_BEGIN_MSVC (4996)\n\nint x;\n"),
                       ["JUCE_BEGIN_IGNORE (\"-Wx\")", "JUCE_BEGIN_MSVC (4996)"])
        XCTAssertEqual(masked("static Set JUCE_CALLTYPE mono();\nvirtual tresult PLUGIN_API connect (Point* p) = 0;\n"),
                       ["JUCE_CALLTYPE", "PLUGIN_API"])
        XCTAssertEqual(masked("uint32 PLUGIN_API addRef () SMTG_OVERRIDE;\n"), ["PLUGIN_API", "SMTG_OVERRIDE"])
        XCTAssertEqual(masked("static forcedinline __m256i JUCE_VECTOR_CALLTYPE bit_or (__m256i a) noexcept { return a; }\n"), ["forcedinline", "JUCE_VECTOR_CALLTYPE"])
        XCTAssertEqual(masked("static forcedinline vSIMDType truncate (vSIMDType a) noexcept { return a; }\n"), ["forcedinline"])
        XCTAssertEqual(masked("static void\nremap(struct dev *dev)\n    OVS_REQUIRES(dev->mutex)\n{\n}\n"), ["OVS_REQUIRES(dev->mutex)"])
        XCTAssertEqual(masked("void f(void) {\n    HMAP_FOR_EACH (node, hmap_node, &map) {\n        n++;\n    }\n}\n"), ["HMAP_FOR_EACH (node, hmap_node, &map)"])
        XCTAssertEqual(masked("char * OVS_WARN_UNUSED_RESULT\nparse(const char *s);\n"), ["OVS_WARN_UNUSED_RESULT"])
    }

    func testCodeThatIsNoMacro() {
        XCTAssertEqual(masked("class Widget : public Base {};\nstruct Point { int x; };\n"), [])
        XCTAssertEqual(masked("enum Color {\n    RED_VALUE\n};\nenum { A_B, C_D };\n"), [])
        XCTAssertEqual(masked("int f() {\n    return MAX_SIZE\n        + 1;\n}\n"), [])
        XCTAssertEqual(masked("TEST_CASE (\"adds\")\n{\n}\n"), [])
        XCTAssertEqual(masked("static SIZE_T count (void);\n"), [])
        XCTAssertEqual(masked("}\n\nNDIS_STATUS\nOvsDoExecuteActions(POVS_SWITCH_CONTEXT ctx)\n{\n}\n"), [])
        XCTAssertEqual(masked("static __inline NDIS_STATUS\nOvsAddPorts(OvsForwardingContext *ctx)\n{\n}\n"), [])
        XCTAssertEqual(masked("bool isinline = forcedinline;\nif (always_inline) {}\n"), [])
        XCTAssertEqual(masked("#define EXPORT_API __attribute__((visibility(\"default\")))\n"), [])
    }

    /// JUCE's SIMD helpers: `static forcedinline T name (...)` parses as a function.
    func testALibrarysInlineSpellingLeavesTheFunctionWhole() throws {
        let source = "struct Ops {\n    static forcedinline vSIMDType truncate (vSIMDType a) noexcept { return a; }\n};\n"
        let tree = Parser(language: Repository.language("cpp")).parse(Array(source.utf8))
        XCTAssertFalse(tree.hasErrors, tree.sexp)
    }

    /// Offsets stay the text's own: the tree's names are read from the original text.
    func testParsedClassKeepsItsNameAndBody() throws {
        let language = Repository.language("cpp")
        let source = "class SHOP_API Cart : public Base {\npublic:\n    int total() const { return 1; }\n    SHOP_LEAK_DETECTOR (Cart)\n};\n"
        let tree = Parser(language: language).parse(Array(source.utf8))
        XCTAssertFalse(tree.hasErrors, tree.sexp)
        let name = try XCTUnwrap(tree.root.namedChild(0)?.child(field: "name"))
        XCTAssertEqual(name.text(in: Array(source.utf8)), "Cart")
    }
}
