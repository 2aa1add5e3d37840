@testable import App
import Plot
import Testing

@Suite("Text escaping")
struct TextEscapingTests {
    @Test("Page text is escaped exactly as Plot escapes it, whether or not there is anything to escape")
    func sameAsPlot() {
        let context = PageContext(language: .nl, user: nil, organisationName: nil, csrfToken: "", path: "/", demoMode: false)
        let texts = ["Jansen", "a < b > c", "AT&T", "&amp; &copy; &#169; &#x2F;", "Tom & Jerry; & co", "x;y#z", "&", "&#", "a&b<c",
                     "<script>alert(1)</script>", "\"quoted\" 'single'", "é ü 👩‍👩‍👧 𝔘", "line\nbreak"]
        for text in texts {
            // The error summary's links are App text nodes; Plot's `Text` component always
            // renders through Plot's own escaping.
            let page = UI.errorSummary([FieldError(field: "veld", message: .init(nl: text, en: text))], context).render()
            let plot = Node<HTML.BodyContext>.component(Text(text)).render()
            #expect(page.contains(##"<a href="#veld-veld">"## + plot + "</a>"), "\(text): \(page)")
        }
        let page = UI.errorSummary([FieldError(field: "veld", message: .init(nl: "<b>&</b>", en: ""))], context).render()
        #expect(page.contains(##"<a href="#veld-veld">&lt;b&gt;&amp;&lt;/b&gt;</a>"##))
    }
}
