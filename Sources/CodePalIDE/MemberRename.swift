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
        /// The member's own definition in the class, when it has one (a method, a field).
        let definition: Range<Int>?
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
            return Member(classSymbol: owner.symbol, classPath: file.path, name: symbol.name, definition: symbol.selectionRange)
        }
        // On an access.
        let data = RefactorData.of(file.tree.language)
        guard let access = data.attributeAccess, let node = file.tree.root.namedDescendant(covering: offset..<offset),
              let parent = node.parent, parent.kind == access.kind, parent.child(field: access.name)?.byteRange == node.byteRange,
              let receiver = parent.child(field: access.object),
              let owner = receiverClass(receiver, in: file, completion: completion) else { return nil }
        let name = node.text(in: file.text.bytes)
        let definition = owner.symbol.children.first { $0.name == name }?.selectionRange
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
        // `Cart().add`, `new Cart().add`: the class called.
        if let shape = data.calls.first(where: { $0.kind == receiver.kind }), let callee = receiver.child(field: shape.function) {
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
        if let definition = member.definition { result.append((member.classPath, definition)) }
        var files = [member.classPath]
        for location in navigator.references(path: member.classPath, offset: member.classSymbol.selectionRange.lowerBound, includeDeclaration: false)
        where !files.contains(location.path) {
            files.append(location.path)
        }
        let completion = WorkspaceCompletion(navigator: navigator, symbols: nil, root: nil)
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
                guard owner.path == member.classPath, owner.symbol.selectionRange == member.classSymbol.selectionRange else { return true }
                if !result.contains(where: { $0.0 == path && $0.1 == name.byteRange }) { result.append((path, name.byteRange)) }
                return true
            }
        }
        return (result, unresolved)
    }
}
