import ArgumentParser
import Foundation
import ShiryoFollowUp
import ShiryoInquiry
import ShiryoKit

struct Inquiry: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The 照会 round trip: Excel workbooks out to each ministry, their answers merged back.",
        discussion: """
        Examples:
          shiryo inquiry make samples/amr-action-plan --output inquiry --deadline 2025年4月15日 --contact 内閣感染症危機管理統括庁
          shiryo inquiry merge samples/amr-action-plan inquiry/answers/*.xlsx --output merged.yaml
          shiryo inquiry status samples/amr-action-plan inquiry/answers/*.xlsx

        See docs/inquiry.md.
        """,
        subcommands: [InquiryMake.self, InquiryMerge.self, InquiryStatus.self])
}

struct InquiryMake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make",
        abstract: "Write one .xlsx inquiry workbook (照会様式) per ministry: MINISTRY-ID.xlsx.",
        discussion: """
        Each workbook holds the goals, strategies and indicator rows the ministry is responsible
        for (a shared row goes to each). Nothing is written unless every workbook is made; the
        same report gives the same bytes on every run.
        """)

    @Argument(help: "The report folder or file.")
    var report: String

    @Option(name: .shortAndLong, help: "The folder to write the workbooks into.")
    var output: String

    @Option(help: "The deadline printed on the instructions sheet (提出期限), e.g. 2025年4月15日（火）.")
    var deadline: String?

    @Option(help: "The contact printed on the instructions sheet (連絡先).")
    var contact: String?

    @OptionGroup var rows: InquiryRows

    func run() throws {
        let loaded = try loadReport(report)
        let layout = InquiryLayout(report: loaded, minimumSlots: rows.rows)
        let maker = InquiryWorkbookMaker(layout: layout, contact: InquiryContact(deadline: deadline, contact: contact))
        var files: [(URL, Data)] = []
        let folder = URL(fileURLWithPath: output)
        for ministry in loaded.ministries.ministries {
            guard layout.hasRows(for: ministry.id) else {
                printError("\(ministry.id) (\(ministry.name)): nothing to answer, no workbook")
                continue
            }
            do {
                files.append((folder.appendingPathComponent("\(ministry.id).xlsx"), try maker.data(for: ministry.id)))
            } catch {
                throw CLIError("\(ministry.id).xlsx: \(error)")
            }
        }
        for (url, data) in files {
            try AtomicFile.write(data, to: url)
            printError("wrote \(url.path)")
        }
    }
}

/// The action and next-year rows per strategy or goal: merge and status must be told what
/// make was, or the rows beyond are not rows of the inquiry.
struct InquiryRows: ParsableArguments {
    @Option(help: "Action and next-year rows offered per strategy or goal, at least (default 5; merge and status need the same as make).")
    var rows: Int = 5

    func validate() throws {
        guard (1...100).contains(rows) else { throw ValidationError("--rows must be from 1 to 100") }
    }
}

/// Keeps `value` alive until the process ends, for a command that is about to end.
func leftToTheProcessEnd<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(KeptToTheEnd(value))
}

private final class KeptToTheEnd<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Loads a report, turning its problems into the CLI's plain error lines.
func loadReport(_ path: String) throws -> FollowUpReport {
    do {
        return try ReportLoader().load(path: path)
    } catch {
        throw CLIError.from(error)
    }
}

/// Loads the report and reads the answer files: workbooks are read while the report loads
/// (they do not need it), several at a time; CSV answers once the report's layout is known.
/// What cannot be read becomes a located problem.
func loadReportAndAnswers(_ report: String, _ paths: [String], rows: Int) throws
    -> (layout: InquiryLayout, files: [AnswerFile], problems: [InquiryProblem])
{
    let loading = ConcurrentResults<Result<FollowUpReport, CLIError>>(count: 1)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
        do {
            loading.set(0, .success(try ReportLoader().load(path: report)))
        } catch {
            loading.set(0, .failure(CLIError(String(describing: error))))
        }
    }
    let read = ConcurrentResults<Result<AnswerFile, InquiryProblem>?>(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
        let path = paths[index]
        guard let data = FileManager.default.contents(atPath: path) else {
            read.set(index, .failure(InquiryProblem(
                AnswerLocation(file: path), "", "the file cannot be read (no such file, or no permission)")))
            return
        }
        guard !AnswerFile.isCSV(data, name: path) else { read.set(index, nil); return }
        do {
            read.set(index, .success(try AnswerFile.read(data, name: path)))
        } catch {
            read.set(index, .failure(InquiryProblem(AnswerLocation(file: path), "", String(describing: error))))
        }
    }
    group.wait()
    guard let loaded = loading.values.first else { throw CLIError("\(report): the report was not loaded") }
    let layout = InquiryLayout(report: try loaded.get(), minimumSlots: rows)
    var files: [AnswerFile] = []
    var problems: [InquiryProblem] = []
    for (path, result) in zip(paths, read.values) {
        switch result {
        case .success(let file)?: files.append(file)
        case .failure(let problem)?: problems.append(problem)
        case nil:
            do {
                let data = FileManager.default.contents(atPath: path) ?? Data()
                files.append(try AnswerFile.read(data, name: path, layout: layout))
            } catch let error as AnswerFileError {
                problems.append(InquiryProblem(error.location, "", error.message))
            } catch {
                problems.append(InquiryProblem(AnswerLocation(file: path), "", String(describing: error)))
            }
        }
    }
    return (layout, files, problems)
}

struct InquiryMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the returned workbooks into a new report file.",
        discussion: """
        Every cell is checked with the rules of `validate`; every problem is listed as
        FILE.xlsx:SHEET!C12: error: KEY.PATH: message. Nothing is written unless every answer is
        clean, or --partial is given (then the cells with a problem are left out, the rest is
        written, and the exit status is still 1).
        """)

    @Argument(help: "The report folder or file the workbooks were made from.")
    var report: String

    @Argument(help: "The returned workbooks (.xlsx), or sheets of them saved as CSV (CP932 or UTF-8; named MINISTRY-ID.SHEET.csv).")
    var answers: [String]

    @Option(name: .shortAndLong, help: "The report file to write (YAML).")
    var output: String

    @Flag(help: "Write what is clean even when some answers have problems.")
    var partial = false

    @OptionGroup var rows: InquiryRows

    func run() throws {
        let (layout, files, readProblems) = try loadReportAndAnswers(report, answers, rows: rows.rows)
        let result = InquiryMerger(layout: layout).merge(files, fileProblems: readProblems, partial: partial)
        // The process ends right after: the report, the answers and the merged report are left
        // to it instead of being freed node by node (0.05 s for 10,000 rows).
        defer { leftToTheProcessEnd((layout, files, result)) }
        for problem in result.problems { printError(problem.description) }
        if !result.problems.isEmpty, !partial {
            throw CLIError("\(result.problems.count) error\(result.problems.count == 1 ? "" : "s") in the answers; nothing was written")
        }
        try AtomicFile.write(Data(result.yaml.utf8), to: URL(fileURLWithPath: output))
        printError("wrote \(output)")
        if !result.problems.isEmpty { throw ExitCode.failure }
    }
}

struct InquiryStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Who has answered what: per ministry, the strategies and indicators still empty.",
        discussion: """
        Reads the answers returned so far (any number, none at all too) and lists, ministry by
        ministry, what its answers leave empty. --format json or xlsx writes the same as data
        (to --output, or standard output for json).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, xlsx
    }

    @Argument(help: "The report folder or file the workbooks were made from.")
    var report: String

    @Argument(help: "The answers returned so far (.xlsx).")
    var answers: [String] = []

    @Option(help: "text (the terminal), json or xlsx.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "The file to write (required for xlsx); standard output by default.")
    var output: String?

    @OptionGroup var rows: InquiryRows

    func validate() throws {
        if format == .xlsx, output == nil || output == "-" {
            throw ValidationError("--format xlsx needs --output FILE.xlsx")
        }
    }

    func run() throws {
        let (layout, files, problems) = try loadReportAndAnswers(report, answers, rows: rows.rows)
        for problem in problems { printError(problem.description) }
        let status = ShiryoInquiry.InquiryStatus(layout: layout, files: files, unreadable: problems.map(\.location.file))
        let data: Data = switch format {
        case .text: Data(status.text.utf8)
        case .json: try status.json()
        case .xlsx: try status.workbook()
        }
        if let output, output != "-" {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            printError("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
