import CHTTP
import Foundation

/// A learning record store's statements resource: `POST` a JSON array of statements with
/// the xAPI version header and, when given, HTTP basic auth.
struct LRSClient {
    /// `…/statements`.
    let endpoint: URL
    let authorization: String?
    var timeout: TimeInterval = 30

    /// The statements resource for a record store's URL: kept when it already ends in
    /// `/statements`, else `/statements` is added (`http://host/xAPI` → `http://host/xAPI/statements`).
    /// Any user and password in the URL are taken out (see `credentials(in:)`): the endpoint
    /// is printed and stored in `NAME.pushed`, and a password must be neither.
    static func endpoint(for lrs: String) -> URL? {
        var text = lrs
        while text.hasSuffix("/") { text.removeLast() }
        if !text.hasSuffix("/statements") { text += "/statements" }
        guard var parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
            ["http", "https"].contains(scheme), parts.host.map({ !$0.isEmpty }) == true
        else { return nil }
        parts.user = nil
        parts.password = nil
        return parts.url
    }

    /// The user and password written into a record store's URL (`https://user:pass@host/…`), if any.
    static func credentials(in lrs: String) -> (user: String, password: String?)? {
        guard let parts = URLComponents(string: lrs), let user = parts.user else { return nil }
        return (user, parts.password)
    }

    init(endpoint: URL, user: String?, password: String?) {
        self.endpoint = endpoint
        if let user {
            authorization = "Basic " + Data("\(user):\(password ?? "")".utf8).base64EncodedString()
        } else {
            authorization = nil
        }
    }

    /// What the record store said.
    struct Response {
        var status: Int
        var body: String
    }

    /// Sends `statements` (a JSON array's text) and waits for the answer.
    func post(_ statements: String) throws -> Response {
        var headers = [
            "Content-Type: application/json", "X-Experience-API-Version: 1.0.3",
            // No "Expect: 100-continue" round trip before a large batch.
            "Expect:",
        ]
        if let authorization { headers.append("Authorization: " + authorization) }
        var response = tutor_http_response()
        let failed = withCStrings(headers) { pointers in
            var body = statements
            return body.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { chars in
                    tutor_http_post(
                        endpoint.absoluteString, pointers, pointers.count, chars.baseAddress, chars.count,
                        Int(timeout.rounded(.up)), &response)
                }
            }
        }
        defer { tutor_http_response_free(&response) }
        if failed != 0 {
            let why = withUnsafeBytes(of: response.error) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw TransportError(description: why)
        }
        let body =
            response.body.map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: response.body_length), as: UTF8.self)
            }
            ?? ""
        return Response(status: response.status, body: body)
    }

    /// Why a request got no answer (libcurl's words).
    struct TransportError: Error, LocalizedError {
        var description: String
        var errorDescription: String? { description }
    }
}

/// Runs `body` with `strings` as an array of C string pointers.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return body(copies.map { UnsafePointer($0) })
}
