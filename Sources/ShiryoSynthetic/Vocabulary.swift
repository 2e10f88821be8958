/// Words and phrases of the genre, combined by `SplitMix64` into plausible sentences.
enum Vocabulary {
    static let planName = "合成データによる施策推進アクションプラン 2023-2027"

    static let ministries: [(id: String, name: String)] = [
        ("cas", "内閣官房"), ("cao", "内閣府"), ("mofa", "外務省"), ("mof", "財務省"),
        ("mext", "文部科学省"), ("mhlw", "厚生労働省"), ("maff", "農林水産省"), ("meti", "経済産業省"),
        ("mlit", "国土交通省"), ("env", "環境省"), ("mod", "防衛省"),
    ]

    static let subjects = [
        "薬剤耐性（AMR）対策", "感染症危機管理", "国際保健人材の育成", "ワンヘルス・アプローチ", "動向調査",
        "抗微生物薬の適正使用", "普及啓発", "検査体制の強化", "研究開発", "地域連携", "G7保健大臣会合",
        "サーベイランス", "ゲノム解析", "医療機関の体制整備", "2023-2027年の計画",
    ]
    static let objects = [
        "関係府省庁の連携", "自治体職員向けの研修", "ウェブサイトの閲覧数", "情報発信", "ガイドラインの改訂",
        "国際機関への拠出", "専門家の派遣", "データベースの整備", "報告書の公表", "セミナーの開催",
    ]
    static let verbs = [
        "を推進した", "を実施した", "を強化した", "に取り組んだ", "を支援した", "を継続した", "を検討した",
    ]
    static let connectives = ["とともに、", "ほか、", "ため、", "うえで、"]
}

/// A small, fast, seedable generator (SplitMix64), so synthetic reports (and the tests'
/// random cases) are reproducible on every machine without the system's random source.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Drawing the vocabulary's words.
extension SplitMix64 {
    mutating func next(below bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[next(below: items.count)]
    }

    mutating func distinct(from items: [String], count: Int) -> [String] {
        var pool = items
        var result: [String] = []
        for _ in 0..<min(count, pool.count) {
            result.append(pool.remove(at: next(below: pool.count)))
        }
        return result
    }

    mutating func phrase() -> String {
        pick(Vocabulary.subjects) + "における" + pick(Vocabulary.objects)
    }

    mutating func sentence(clauses: Int) -> String {
        var text = ""
        for index in 0..<max(1, clauses) {
            text += phrase() + pick(Vocabulary.verbs)
            text += index == clauses - 1 ? "。" : pick(Vocabulary.connectives)
        }
        return text
    }
}
