import CodePalSyntax
import TestSupport
import XCTest

/// After any sequence of edits, the incrementally maintained tree must equal a fresh parse of
/// the final text. Edits are generated on an independent model of the text (an array of
/// scalars) and sent as LSP ranges in a random encoding, so position conversion is checked too.
final class IncrementalParseTests: XCTestCase {
    static let seeds: [String: String] = [
        "python": """
        import os
        class Cart:
            \"\"\"A cart — with ünïcode.\"\"\"
            def add(self, item, qty=1):
                if qty > 0 and item:
                    self.items.append((item, qty))  # 😀
                return [x for x in self.items if x]

        def total(cart):\r
            return sum(q for _, q in cart.items)\r

        """,
        "javascript": """
        import { a } from './m.js';
        export class Cart {
          add(item, qty = 1) { if (qty > 0 && item) { this.items.push([item, qty]); } return this; }
        }
        const total = (cart) => cart.items.reduce((s, [, q]) => s + q, 0); // 😀
        function view() { return <div className="x">{`é ${total}`}</div>; }

        """,
        "typescript": """
        interface Item { name: string; qty: number }
        type Id = string | number;
        enum Color { Red, Green = "g" }
        export class Cart<T extends Item> {
          private items: T[] = [];
          add(item: T): this { if (item.qty > 0) { this.items.push(item); } return this; }
        }
        const label = (c: Cart<Item>): string => `ü ${c}`; // 😀

        """,
        "go": """
        package shop

        import "fmt"

        type Cart struct{ Items []string `json:"items"` }

        func (c *Cart) Add(item string) (n int, err error) {
        	for i, it := range c.Items { if it == item && i > 0 { return i, nil } }
        	c.Items = append(c.Items, item) // ünïcode 😀
        	return len(c.Items), fmt.Errorf("é %s", `raw`)
        }

        """,
        "java": """
        package shop;

        import java.util.*;

        /** A cart. */
        public class Cart<T extends Item> implements Iterable<T> {
            private final List<T> items = new ArrayList<>();
            public int add(T item) throws IllegalStateException {
                for (int i = 0; i < items.size(); i++) { if (items.get(i) == item) return i; }
                items.add(item); // ünïcode 😀
                return switch (items.size()) { case 0 -> -1; default -> items.size() - 1; };
            }
            @Override public Iterator<T> iterator() { return items.stream().map(x -> x).iterator(); }
        }

        """,
        "c": """
        #include <stdio.h>
        #include "cart.h"
        #define MAX(a, b) ((a) > (b) ? (a) : (b))

        struct cart { int items[8]; char *owner; };

        int cart_total(const struct cart *c, int n) {
        	int sum = 0; /* ünïcode 😀 */
        	for (int i = 0; i < n; i++) { if (c->items[i] > 0 && i) sum += c->items[i]; }
        	printf("é %d\n", sum);
        	return MAX(sum, 0);
        }

        """,
        "cpp": """
        #include <string>
        #include "cart.h"

        namespace shop {
        class SHOP_API Cart : public Base {
        public:
        	int total() const { return n_ > 0 ? n_ : 0; } // ünïcode 😀
        private:
        	int n_ = 0;
        };
        template <typename T> T largest(T a, T b) { auto f = [&](int x) { return x; }; return a > b ? a : b; }
        std::string Cart::name() { return "é"; }
        }

        """,
        "ruby": """
        require_relative "item"

        # A cart — with ünïcode.
        module Shop
          class Cart < Base
            attr_accessor :items
            def add(item, qty: 1, &block)
              @items << item if qty > 0 && item # 😀
              @items.each { |x| yield x } unless block.nil?
              "é #{@items.size}"
            end

            def self.build(*args) = new(*args)
          end
        end
        total = <<~TEXT
          sum: #{Shop::Cart.build.items.sum}
        TEXT

        """,
        "php": """
        <ul><?php foreach ($items as $item): ?>
          <li><?= htmlspecialchars($item->name) ?> — ünïcode 😀</li>
        <?php endforeach; ?></ul>
        <?php
        namespace App\\Shop;
        use App\\Models\\{Item, Cart as Basket};
        final class Till extends Base {
            public function __construct(private readonly array $items = []) {}
            public function total(int $tax = 0): int {
                $sql = <<<SQL
                SELECT * FROM t WHERE id = {$this->id}
                SQL;
                return array_sum(array_map(fn($i) => $i->price * (1 + $tax / 100), $this->items)) ?: 0;
            }
        }

        """,
        "rust": """
        use std::collections::HashMap;

        /// A cart.
        #[derive(Debug, Default)]
        pub struct Cart<'a> { items: Vec<&'a str>, seen: HashMap<String, u32> }

        impl<'a> Cart<'a> {
            pub fn add(&mut self, item: &'a str) -> Result<usize, String> {
                for (i, it) in self.items.iter().enumerate() { if *it == item && i > 0 { return Ok(i); } }
                self.items.push(item); // ünïcode 😀
                match self.items.len() { 0 => Err(format!("é {}", r"raw")), n => Ok(n - 1) }
            }
        }
        macro_rules! total { ($c:expr) => { $c.items.len() }; }

        """,
        "csharp": """
        using System.Linq;
        namespace Shop;

        public partial class Cart<T> : IPriced where T : Item {
        	public string Owner { get; set; } = "é"; // ünïcode 😀
        	public async Task<int> TotalAsync(int? limit) {
        		var n = items?.Count(i => i.Price > 0) ?? 0;
        		return limit is int l && n > l ? l : $"{n}".Length + @"raw\\path".Length;
        	}
        }

        """,
    ]

    static let fragments: [String] = ["x", "(", ")", "{", "}", ":", "\n", "\r\n", "    ", "if ", "return ", "é", "😀", "中",
                                      "\"", "'", "`", ",", ";", "def f():\n    pass\n", "=> ", "[1, 2]", "/*", "*/", "#", "//", "\\",
                                      "#include ", "class ", "EXPORT_API ", "->", "::", "<", ">"]

    func testRandomEditsMatchFreshParse() {
        for (name, seedText) in Self.seeds.sorted(by: { $0.key < $1.key }) {
            let language = Repository.language(name)
            var rng = SeededGenerator(seed: UInt64(name.utf8.count) * 7919)
            var model = Array(seedText.unicodeScalars)
            let document = Document(uri: "file:///t", text: seedText, version: 0, language: language)
            let parser = Parser(language: language)
            for step in 1...1000 {
                let batch = Int.random(in: 1...3, using: &rng)
                var changes: [TextChange] = []
                let encoding = PositionEncoding.allCases.randomElement(using: &rng)!
                for _ in 0..<batch {
                    // LSP positions cannot point between the CR and LF of a CRLF; such offsets move before the CR.
                    let a = Self.notInsideCRLF(Int.random(in: 0...model.count, using: &rng), model)
                    let b = Self.notInsideCRLF(min(model.count, a + Int.random(in: 0...6, using: &rng)), model)
                    let insert = Int.random(in: 0..<4, using: &rng) == 0 ? "" : Self.fragments.randomElement(using: &rng)!
                    let range = TextRange(start: Self.position(of: a, in: model, encoding), end: Self.position(of: b, in: model, encoding))
                    changes.append(TextChange(range: range, text: insert))
                    model.replaceSubrange(a..<b, with: Array(insert.unicodeScalars))
                }
                document.apply(changes, version: step, encoding: encoding)
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: model)
                let expectedText = String(expected)
                guard document.text.string == expectedText else {
                    return XCTFail("\(name) step \(step): text diverged\nexpected \(expectedText.debugDescription)\nactual   \(document.text.string.debugDescription)")
                }
                let fresh = parser.parse(Array(expectedText.utf8))
                guard let tree = document.tree, Self.same(tree.root, fresh.root) else {
                    return XCTFail("\(name) step \(step): incremental tree differs from a fresh parse of \(expectedText.debugDescription)")
                }
            }
        }
    }

    static func notInsideCRLF(_ index: Int, _ scalars: [Unicode.Scalar]) -> Int {
        index > 0 && index < scalars.count && scalars[index - 1] == "\r" && scalars[index] == "\n" ? index - 1 : index
    }

    /// An LSP position for scalar index `index`, computed independently of `SourceText`.
    static func position(of index: Int, in scalars: [Unicode.Scalar], _ encoding: PositionEncoding) -> TextPosition {
        var line = 0
        var column = 0
        var i = 0
        while i < index {
            let s = scalars[i]
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                if i + 1 == index { return TextPosition(line: line, character: column) }
                i += 2
                line += 1
                column = 0
                continue
            }
            if s == "\n" || s == "\r" {
                line += 1
                column = 0
            } else {
                switch encoding {
                case .utf8: column += s.utf8.count
                case .utf16: column += s.utf16.count
                case .utf32: column += 1
                }
            }
            i += 1
        }
        return TextPosition(line: line, character: column)
    }

    /// Same structure, kinds, byte ranges and missing/error flags, node by node.
    static func same(_ a: Node, _ b: Node) -> Bool {
        var left: [(String, Range<Int>, Bool)] = []
        var right: [(String, Range<Int>, Bool)] = []
        a.walk { left.append(($0.kind, $0.byteRange, $0.isMissing)); return true }
        b.walk { right.append(($0.kind, $0.byteRange, $0.isMissing)); return true }
        return left.count == right.count && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 }
    }

    func testFullReplacementAndEmptyDocument() {
        let language = Repository.language("python")
        let document = Document(uri: "file:///t", text: "", version: 0, language: language)
        XCTAssertEqual(document.tree?.root.kind, "module")
        document.apply([TextChange(range: nil, text: "x = (")], version: 1, encoding: .utf16)
        XCTAssertTrue(document.tree?.hasErrors ?? false)
        document.apply([TextChange(range: TextRange(start: .init(line: 0, character: 5), end: .init(line: 0, character: 5)), text: "1)")],
                       version: 2, encoding: .utf16)
        XCTAssertEqual(document.text.string, "x = (1)")
        XCTAssertFalse(document.tree?.hasErrors ?? true)
        XCTAssertEqual(document.version, 2)
    }

    func testSnapshotIsUnaffectedByLaterEdits() {
        let document = Document(uri: "file:///t", text: "a = 1\n", version: 1, language: Repository.language("python"))
        let snapshot = document.snapshot()
        document.apply([TextChange(range: nil, text: "def (")], version: 2, encoding: .utf8)
        XCTAssertEqual(snapshot.text.string, "a = 1\n")
        XCTAssertEqual(snapshot.version, 1)
        XCTAssertFalse(snapshot.tree!.hasErrors)
        XCTAssertTrue(document.tree!.hasErrors)
    }

    func testDeeplyNestedCodeParsesAndWalksWithoutOverflow() {
        let depth = 20_000
        let source = "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let tree = Parser(language: Repository.language("python")).parse(Array(source.utf8))
        var count = 0
        tree.root.walk { _ in count += 1; return true }
        XCTAssertGreaterThan(count, depth)
        _ = SyntaxDiagnostics.errors(in: tree, text: SourceText(source))
    }
}
