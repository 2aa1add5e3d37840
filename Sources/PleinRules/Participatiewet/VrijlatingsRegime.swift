/// Which rules exempt earnings from being offset against bijstand on a peildatum.
///
/// The dated texts show: up to the 2025-07-01 version only art. 31 lid 2 sub n, r and y exist.
/// The versions valid from 2026-01-01 and 2026-07-01 add art. 34a (and the bufferbudget of
/// art. 34b), inserted by the Participatiewet in balans, while still listing sub n, r and y
/// (indexed to € 285 / € 177,66 / € 180,19). The engine applies art. 34a from 2026-01-01 as
/// the regime for earnings and does not stack it on sub n, r and y: art. 34a is the later,
/// specific rule on not offsetting earnings, and applying both would exempt up to 40 % — an
/// outcome no text or publication we found supports. This is an open legal doubt, recorded in
/// docs/law/participatiewet.md; the switch is this one dated value.
public enum VrijlatingsRegime: String, Hashable, Sendable {
    /// Art. 31 lid 2 sub n (25 %, max, 6 months, 27+), r (alleenstaande ouder 12,5 %,
    /// 30 months), y (medisch urenbeperkt 15 %).
    case artikel31
    /// Art. 34a lid 1: sub a 15 % for 12 months below AOW age, sub b 15 % for medisch
    /// urenbeperkt, sub c 25 % up to a maximum at AOW age.
    case artikel34a
}
