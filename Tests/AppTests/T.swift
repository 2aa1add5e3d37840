import Testing
import VaporTesting
import App
@Test func t() { #expect(1 == 1) }
