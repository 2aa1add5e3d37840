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

    @Test("Query values in links are percent-encoded: only RFC 3986's unreserved ASCII stays as it is")
    func percentEncoding() {
        #expect(UI.percentEncoded("/zaken/AB-12_3.x~") == "/zaken/AB-12_3.x~")
        #expect(UI.percentEncoded("Özdemir & zn?a=b#c d") == "%C3%96zdemir%20%26%20zn%3Fa%3Db%23c%20d")
    }

    @Test("Attribute values are escaped: a quote cannot end the attribute and start markup")
    func attributeValues() {
        let attack = "\"><b>x</b>&amp;'"
        let escaped = "&quot;&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;'"
        #expect(attack.attributeEscaped == escaped)
        #expect("Jansen, J. (é)".attributeEscaped == "Jansen, J. (é)")
        // A form field as the App writes it: the typed value and the other attributes through
        // the App's own attribute functions (`.value`, `.attribute(named:value:)`).
        let field = UI.textField(UI.Field(name: "zoek", label: "Zoek", value: attack, autocomplete: attack), errors: [],
                                 PageContext(language: .nl, user: nil, organisationName: nil, csrfToken: "", path: "/", demoMode: false))
        let html = Node<HTML.BodyContext>.form(field).render()
        #expect(html.contains(##"value="\##(escaped)""##), "\(html)")
        #expect(html.contains(##"autocomplete="\##(escaped)""##), "\(html)")
        #expect(!html.contains("<b>"))
    }

    @Test("A search term typed into the work queue comes back in the search field, escaped")
    func searchTermShownBack() async throws {
        try await withPlein { app in
            let petra = Browser(app)
            try await petra.login(TestFixtures.petra)
            let page = try await petra.get("/werkvoorraad?zoek=" + "\"><b>ingevoegd</b>".urlEncoded).body.string
            #expect(!page.contains("<b>ingevoegd"))
            #expect(page.contains("value=\"&quot;&gt;&lt;b&gt;ingevoegd&lt;/b&gt;\""))
        }
    }
}
