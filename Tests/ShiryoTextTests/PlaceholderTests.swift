import Testing
@testable import ShiryoText

@Test func textRendererPlaceholder() { #expect(Bool(true)) }
