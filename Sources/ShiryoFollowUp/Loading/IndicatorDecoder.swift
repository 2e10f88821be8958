
/// Reads a strategy's indicator rows and groups.
struct IndicatorDecoder {
    let parent: ReportDecoder
    private var reader: NodeReader { parent.reader }

    func entries(_ node: Node, _ path: KeyPath) -> [IndicatorEntry] {
        reader.sequence(node, path, what: "indicator rows or groups").compactMapIntoExactArray { index, node in
            let path = path.appending(index)
            if case .mapping(let mapping) = node, mapping.pairs.contains(where: { $0.key.scalar?.string == "group" }) {
                return group(node, path).map(IndicatorEntry.group)
            }
            return row(node, path).map(IndicatorEntry.row)
        }
    }

    private func group(_ node: Node, _ path: KeyPath) -> IndicatorGroup? {
        guard let fields = reader.fields(node, path, allowed: ["group", "rows"], required: ["group"],
                                         what: "an indicator group")
        else { return nil }
        let rows = fields["rows"].map { rowsNode -> [IndicatorRow] in
            let rowsPath = path.appending("rows")
            return reader.sequence(rowsNode, rowsPath, what: "indicator rows").compactMapIntoExactArray {
                row($1, rowsPath.appending($0), inGroup: true)
            }
        } ?? []
        return fields["group"].flatMap { parent.text($0, path.appending("group")) }.map {
            IndicatorGroup(title: $0, rows: rows)
        }
    }

    private func row(_ node: Node, _ path: KeyPath, inGroup: Bool = false) -> IndicatorRow? {
        // Inside `indicators`, an entry may also be a group: its keys are suggested too.
        guard let fields = reader.fields(
            node, path, allowed: ["name", "value", "values", "previous", "ministry", "ministries"], required: ["name"],
            what: "an indicator row (name, value or values, previous, ministry or ministries)",
            alsoValidElsewhere: inGroup ? [] : ["group", "rows"])
        else { return nil }
        if fields.has("value"), fields.has("values") {
            reader.report(fields.keyNode("values"), path.appending("values"),
                          "a row has either 'value' or 'values'; expected one of them")
        }
        if fields.has("ministry"), fields.has("ministries") {
            reader.report(fields.keyNode("ministries"), path.appending("ministries"),
                          "a row has either 'ministry' or 'ministries'; expected one of them")
        }
        let name = fields["name"].flatMap { cell($0, path.appending("name")) }
        var values: [CellContent] = []
        if let valueNode = fields["value"], let value = cell(valueNode, path.appending("value")) {
            values = [value]
        } else if let valuesNode = fields["values"] {
            let valuesPath = path.appending("values")
            values = reader.sequence(valuesNode, valuesPath, what: "result cells")
                .compactMapIntoExactArray { cell($1, valuesPath.appending($0)) }
        }
        // Last year's results: one cell, or a sequence of cells for several result columns.
        var previous: [CellContent] = []
        if let previousNode = fields["previous"] {
            let previousPath = path.appending("previous")
            if case .sequence = previousNode {
                previous = reader.sequence(previousNode, previousPath, what: "result cells")
                    .compactMapIntoExactArray { cell($1, previousPath.appending($0)) }
            } else if let value = cell(previousNode, previousPath) {
                previous = [value]
            }
        }
        var ministries: [String] = []
        if let ministryNode = fields["ministry"],
           let id = parent.knownMinistryID(ministryNode, path.appending("ministry")) {
            ministries = parent.singleMinistryList(id)
        } else if let ministriesNode = fields["ministries"] {
            ministries = parent.ministryIDs(ministriesNode, path.appending("ministries"))
        }
        return name.map { IndicatorRow(name: $0, values: values, ministries: ministries, previous: previous) }
    }

    private func cell(_ node: Node, _ path: KeyPath) -> CellContent? {
        if case .scalar = node {
            if reader.isNull(node) { return .empty }
            return parent.text(node, path).map(CellContent.text)
        }
        guard let fields = reader.fields(node, path, allowed: ["list", "style"], required: ["list"],
                                         what: "a cell (text, or {list: [...], style: ...})")
        else { return nil }
        let style = fields["style"].flatMap { reader.oneOf($0, path.appending("style"), CellContent.ListStyle.self) }
        let items = fields["list"].map { parent.texts($0, path.appending("list"), what: "list items") } ?? []
        return .list(items, style: style ?? .bullet)
    }
}
