// The JSON form of the model is read by external tools, so the enums are written as objects
// with a "type" member next to their payload's members ({"type": "heading", "level": 1, …})
// instead of Swift's synthesised {"heading": {"_0": …}}.

private enum TypeKey: String, CodingKey {
    case type
}

private enum ValueKey: String, CodingKey {
    case text, content
}

private struct UnknownType: Error, CustomStringConvertible {
    let type: String
    let context: String
    var description: String { "unknown \(context) type '\(type)'" }
}

extension Block: Codable {
    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        switch type {
        case "heading": self = .heading(try Heading(from: decoder))
        case "paragraph":
            self = .paragraph(try decoder.container(keyedBy: ValueKey.self).decode([Inline].self, forKey: .content))
        case "list": self = .list(try ListBlock(from: decoder))
        case "table": self = .table(try Table(from: decoder))
        case "figure": self = .figure(try Figure(from: decoder))
        case "note": self = .note(try Note(from: decoder))
        case "columns":
            self = .columns(try decoder.container(keyedBy: ValueKey.self).decode([Column].self, forKey: .content))
        case "slide": self = .slide(try Slide(from: decoder))
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: UnknownType(type: type, context: "block").description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var typeContainer = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case .heading(let heading):
            try typeContainer.encode("heading", forKey: .type)
            try heading.encode(to: encoder)
        case .paragraph(let content):
            try typeContainer.encode("paragraph", forKey: .type)
            var container = encoder.container(keyedBy: ValueKey.self)
            try container.encode(content, forKey: .content)
        case .list(let list):
            try typeContainer.encode("list", forKey: .type)
            try list.encode(to: encoder)
        case .table(let table):
            try typeContainer.encode("table", forKey: .type)
            try table.encode(to: encoder)
        case .figure(let figure):
            try typeContainer.encode("figure", forKey: .type)
            try figure.encode(to: encoder)
        case .note(let note):
            try typeContainer.encode("note", forKey: .type)
            try note.encode(to: encoder)
        case .columns(let columns):
            try typeContainer.encode("columns", forKey: .type)
            var container = encoder.container(keyedBy: ValueKey.self)
            try container.encode(columns, forKey: .content)
        case .slide(let slide):
            try typeContainer.encode("slide", forKey: .type)
            try slide.encode(to: encoder)
        }
    }
}

extension Inline: Codable {
    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        let values = try decoder.container(keyedBy: ValueKey.self)
        switch type {
        case "text": self = .text(try values.decode(String.self, forKey: .text))
        case "strong": self = .strong(try values.decode([Inline].self, forKey: .content))
        case "emphasis": self = .emphasis(try values.decode([Inline].self, forKey: .content))
        case "footnoteReference": self = .footnoteReference(try FootnoteReference(from: decoder))
        case "crossReference": self = .crossReference(try CrossReference(from: decoder))
        case "lineBreak": self = .lineBreak
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: UnknownType(type: type, context: "inline").description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var typeContainer = encoder.container(keyedBy: TypeKey.self)
        var values = encoder.container(keyedBy: ValueKey.self)
        switch self {
        case .text(let text):
            try typeContainer.encode("text", forKey: .type)
            try values.encode(text, forKey: .text)
        case .strong(let content):
            try typeContainer.encode("strong", forKey: .type)
            try values.encode(content, forKey: .content)
        case .emphasis(let content):
            try typeContainer.encode("emphasis", forKey: .type)
            try values.encode(content, forKey: .content)
        case .footnoteReference(let reference):
            try typeContainer.encode("footnoteReference", forKey: .type)
            try reference.encode(to: encoder)
        case .crossReference(let reference):
            try typeContainer.encode("crossReference", forKey: .type)
            try reference.encode(to: encoder)
        case .lineBreak:
            try typeContainer.encode("lineBreak", forKey: .type)
        }
    }
}

extension TableRow: Codable {
    private enum Keys: String, CodingKey {
        case cells, content
    }

    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        let values = try decoder.container(keyedBy: Keys.self)
        switch type {
        case "cells": self = .cells(try values.decode([TableCell].self, forKey: .cells))
        case "group": self = .group(try values.decode([Inline].self, forKey: .content))
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: UnknownType(type: type, context: "table row").description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var typeContainer = encoder.container(keyedBy: TypeKey.self)
        var values = encoder.container(keyedBy: Keys.self)
        switch self {
        case .cells(let cells):
            try typeContainer.encode("cells", forKey: .type)
            try values.encode(cells, forKey: .cells)
        case .group(let content):
            try typeContainer.encode("group", forKey: .type)
            try values.encode(content, forKey: .content)
        }
    }
}
