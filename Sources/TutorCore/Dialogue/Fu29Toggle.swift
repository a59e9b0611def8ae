import Foundation

// TEMPORARY (fu29 bisect, not to be committed).
extension Tutor {
    static let fu29OffList = ProcessInfo.processInfo.environment["FU29_OFF"] ?? ""
    static func fu29Off(_ name: String) -> Bool { fu29OffList.split(separator: ",").contains { $0 == name } }
}
