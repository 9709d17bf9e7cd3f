import Foundation

/// Runs the built `ontap` binary in a scratch workspace (its own Decks/ and Progress/).
struct OntapRunner {
    let root: URL

    /// The package folder (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle.
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("ontap").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/ontap").path
    }

    /// A fresh workspace with the shipped seed text copied into Decks/.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Decks/nato-russia.vi.txt"),
                                        to: decks.appendingPathComponent("nato-russia.vi.txt"))
    }

    var decks: URL { root.appendingPathComponent("Decks") }
    var progress: URL { root.appendingPathComponent("Progress") }
    var folderArguments: [String] { ["--decks", decks.path, "--progress", progress.path] }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `ontap args` with `input` on a pipe.
    @discardableResult
    func run(_ args: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        try Self.run(Self.executable, args, in: root, input: input, environment: environment)
    }

    /// Runs `executable args` in `directory` with `input` on a pipe, HOME set to `directory` unless given.
    static func run(_ executable: String, _ args: [String], in directory: URL, input: String = "",
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = directory
        var env = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": directory.path]
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// Generates the seed deck into this workspace.
    func generateSeedDeck() throws {
        let result = try run(["generate", decks.appendingPathComponent("nato-russia.vi.txt").path] + folderArguments)
        guard result.status == 0 else { throw RunnerError.failed(result.stderr) }
    }

    enum RunnerError: Error { case failed(String) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
