import CodePalAnalysis
import CodePalStore
import CodePalSyntax
import CodePalWorkspace
import Foundation

/// Renaming a method or attribute of a workspace class: its definition, `self.name`/`this.name`
/// inside the class, and `obj.name` wherever `obj`'s class is evidently that class (assigned from
/// `Class(...)`/`new Class()` or annotated `: Class`), in the class's file and every file that
/// refers to the class. Accesses through receivers of unknown class are left alone: without
/// types, renaming every `.name` would also rename other classes' members.
struct MemberRename {
    struct Member {
        let classSymbol: DocumentSymbol
        let classPath: String
        let name: String
        /// The member's own definition in the class or one of its parts, when it has one (a
        /// method, a field).
        let definition: (path: String, range: Range<Int>)?
    }

    let navigator: WorkspaceNavigator

    /// The member named at `offset`: its definition in a class, or an access whose receiver's
    /// class is evident.
    func member(at offset: Int, in file: WorkspaceNavigator.ParsedFile) -> Member? {
        let completion = WorkspaceCompletion(navigator: navigator, symbols: nil, root: nil)
        // On a definition: a method or field of a class.
        for symbol in file.flatOutline where symbol.selectionRange.contains(offset) || symbol.selectionRange.upperBound == offset {
            guard [.method, .field, .property, .constructor].contains(symbol.kind), !["__init__", "constructor"].contains(symbol.name),
                  let owner = completion.enclosingClass(at: symbol.selectionRange.lowerBound, in: file) else { continue }
            return Member(classSymbol: owner.symbol, classPath: file.path, name: symbol.name, definition: (file.path, symbol.selectionRange))
        }
        // On an access.
        let data = RefactorData.of(file.tree.language)
        guard let access = data.attributeAccess, let node = file.tree.root.namedDescendant(covering: offset..<offset),
              let parent = node.parent, parent.kind == access.kind, parent.child(field: access.name)?.byteRange == node.byteRange,
              let receiver = parent.child(field: access.object),
              let owner = receiverClass(receiver, in: file, completion: completion) else { return nil }
        let name = node.text(in: file.text.bytes)
        var definition = owner.symbol.children.first { $0.name == name }.map { (owner.path, $0.selectionRange) }
        // A method another part of the class defines (a reopened Ruby class, a C# partial class).
        if definition == nil, let classFile = navigator.file(owner.path) {
            definition = completion.otherParts(of: owner.symbol, in: classFile).lazy
                .compactMap { part in part.symbol.children.first { $0.name == name }.map { (part.path, $0.selectionRange) } }.first
        }
        return Member(classSymbol: owner.symbol, classPath: owner.path, name: name, definition: definition)
    }

    /// The class of `self`/`this`, of a local assigned from a constructor call, or of an
    /// annotated parameter.
    func receiverClass(_ receiver: Node, in file: WorkspaceNavigator.ParsedFile, completion: WorkspaceCompletion) -> (symbol: DocumentSymbol, path: String)? {
        let text = receiver.text(in: file.text.bytes)
        let data = CompletionData.of(file.tree.language)
        if data.selfNames.contains(text) {
            return completion.enclosingClass(at: receiver.startByte, in: file)
        }
        // `Cart().add`, `new Cart().add`: the class called; `Shop::Cart.new(...).add`: the class
        // whose constructor is called.
        if let shape = data.calls.first(where: { $0.kind == receiver.kind }), let callee = receiver.child(field: shape.function) {
            if let constructors = shape.constructors, constructors.contains(callee.text(in: file.text.bytes)),
               let field = shape.receiver, let classNode = receiver.child(field: field) {
                guard let target = navigator.definition(path: file.path, offset: max(classNode.startByte, classNode.endByte - 1)).first,
                      let symbol = completion.outlineSymbol(at: target.range, in: target.path), symbol.kind == .class else { return nil }
                return (symbol, target.path)
            }
            guard let target = navigator.definition(path: file.path, offset: max(callee.startByte, callee.endByte - 1)).first,
                  let symbol = completion.outlineSymbol(at: target.range, in: target.path), symbol.kind == .class else { return nil }
            return (symbol, target.path)
        }
        guard let local = file.graph.definition(at: receiver.startByte),
              let className = completion.evidentClass(of: file.graph.definitions[local], in: file),
              let target = navigator.definition(path: file.path, offset: className.lowerBound).first,
              let symbol = completion.outlineSymbol(at: target.range, in: target.path), symbol.kind == .class else { return nil }
        return (symbol, target.path)
    }

    /// Every place to rename: the definition and the accesses whose receiver is of the class.
    /// `unresolved` lists accesses of the same name whose receiver's class is unknown, in the
    /// files that use the class: renaming without them could break the code.
    func occurrences(of member: Member) -> (edits: [(path: String, range: Range<Int>)], unresolved: [(path: String, range: Range<Int>)]) {
        var result: [(String, Range<Int>)] = []
        var unresolved: [(String, Range<Int>)] = []
        if let definition = member.definition { result.append((definition.path, definition.range)) }
        var files = [member.classPath]
        for location in navigator.references(path: member.classPath, offset: member.classSymbol.selectionRange.lowerBound, includeDeclaration: false)
        where !files.contains(location.path) {
            files.append(location.path)
        }
        let completion = WorkspaceCompletion(navigator: navigator, symbols: nil, root: nil)
        // The class and its other parts are one class: a receiver of any of them is one of it.
        var parts = [(symbol: member.classSymbol, path: member.classPath)]
        if let classFile = navigator.file(member.classPath) { parts += completion.otherParts(of: member.classSymbol, in: classFile) }
        for part in parts where !files.contains(part.path) { files.append(part.path) }
        func isPart(_ owner: (symbol: DocumentSymbol, path: String)) -> Bool {
            parts.contains { $0.path == owner.path && $0.symbol.selectionRange == owner.symbol.selectionRange }
        }
        // Ruby's bare `total` in a method of the class: a call of the member on `self`.
        for part in parts {
            guard let file = navigator.file(part.path), RefactorData.of(file.tree.language).implicitSelf else { continue }
            for reference in file.graph.references where reference.definition == nil && reference.name == member.name
                && part.symbol.range.contains(reference.range.lowerBound) {
                if !result.contains(where: { $0.0 == part.path && $0.1 == reference.range }) { result.append((part.path, reference.range)) }
            }
        }
        for path in files {
            guard let file = navigator.file(path), let access = RefactorData.of(file.tree.language).attributeAccess else { continue }
            let needle = Array(member.name.utf8)
            file.tree.root.walk { node in
                guard node.kind == access.kind, let name = node.child(field: access.name),
                      file.text.bytes[name.byteRange].elementsEqual(needle), let receiver = node.child(field: access.object) else { return true }
                guard let owner = receiverClass(receiver, in: file, completion: completion) else {
                    unresolved.append((path, name.byteRange))
                    return true
                }
                guard isPart(owner) else { return true }
                if !result.contains(where: { $0.0 == path && $0.1 == name.byteRange }) { result.append((path, name.byteRange)) }
                return true
            }
        }
        return (result, unresolved)
    }
}
