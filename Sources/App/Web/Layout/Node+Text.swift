import Plot

extension Node {
    /// Escaped text, exactly as Plot's `.text`, which this shadows throughout the App module (a
    /// module's own declaration wins over the same one from a module it imports). Plot escapes by
    /// building a string per character, 5–7 % of the CPU of a work-queue or case page, although
    /// most texts have nothing to escape. A text without `<`, `>` and `&` comes out of Plot's
    /// escaping unchanged, so it is given as it is; any other text still goes through Plot's own
    /// escaping (its `Text` component renders Plot's `.text`).
    static func text(_ text: String) -> Node {
        let unchanged = !text.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }
        return unchanged ? .raw(text) : .component(Text(text))
    }
}
