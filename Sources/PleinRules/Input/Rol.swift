/// A person's place in the household, as the input names it.
public enum Rol: String, Hashable, Sendable, CaseIterable {
    /// The person the check is for.
    case aanvrager
    /// Spouse, registered partner or cohabitant (Participatiewet art. 3: gehuwden).
    case partner
    /// A child of the aanvrager or the partner living in the household.
    case kind
    /// Anyone else in the dwelling (a parent, a lodger, an adult sibling): relevant as a
    /// possible kostendeler (Participatiewet art. 19a, 22a).
    case overig
}
