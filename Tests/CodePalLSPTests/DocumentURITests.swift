@testable import CodePalLSP
import XCTest

/// The one conversion between the client's URIs and the paths the layers below use.
final class DocumentURITests: XCTestCase {
    func testFileURIsBecomeStandardizedPaths() {
        XCTAssertEqual(DocumentURI.path("file:///tmp/a%20b/c.py"), "/tmp/a b/c.py")
        XCTAssertEqual(DocumentURI.path("file://localhost/tmp/x.py"), "/tmp/x.py")
        XCTAssertEqual(DocumentURI.path("file:///tmp/pkg/../x.py"), "/tmp/x.py")
        XCTAssertNil(DocumentURI.path("untitled:Untitled-1"))
        XCTAssertNil(DocumentURI.path("not a uri"))
    }

    func testNamesPickALanguageForDocumentsWithoutAFile() {
        XCTAssertEqual(DocumentURI.name("untitled:Untitled-1.py"), "Untitled-1.py")
        XCTAssertEqual(DocumentURI.name("inmemory://model/1.ts"), "/1.ts")
        XCTAssertEqual(DocumentURI.name("file:///w/app.js"), "/w/app.js")
    }

    func testPathsRoundTrip() {
        for path in ["/tmp/a b/c.py", "/tmp/ünï/çödé.ts", "/tmp/#hash/x.js"] {
            XCTAssertEqual(DocumentURI.path(DocumentURI.uri(forPath: path)), path)
        }
    }
}
