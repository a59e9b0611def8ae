import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A learning record store's statements resource: `POST` a JSON array of statements with
/// the xAPI version header and, when given, HTTP basic auth.
struct LRSClient {
    /// `…/statements`.
    let endpoint: URL
    let authorization: String?
    var timeout: TimeInterval = 30

    /// The statements resource for a record store's URL: kept when it already ends in
    /// `/statements`, else `/statements` is added (`http://host/xAPI` → `http://host/xAPI/statements`).
    static func endpoint(for lrs: String) -> URL? {
        var text = lrs
        while text.hasSuffix("/") { text.removeLast() }
        if !text.hasSuffix("/statements") { text += "/statements" }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else { return nil }
        return url
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
        var request = URLRequest(url: endpoint, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        request.httpBody = Data(statements.utf8)
        return try send(request)
    }

    private func send(_ request: URLRequest) throws -> Response {
        final class Box: @unchecked Sendable {
            var result: Result<Response, Error> = .failure(URLError(.unknown))
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else if let http = response as? HTTPURLResponse {
                box.result = .success(
                    Response(status: http.statusCode, body: String(decoding: data ?? Data(), as: UTF8.self)))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try box.result.get()
    }
}
