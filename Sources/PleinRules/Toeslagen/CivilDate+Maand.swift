import PleinDomain

extension CivilDate {
    /// Months since the start of year 0, so that "the month after the birthday" is a plain
    /// comparison: the toeslagen decide per calendar month (Awir art. 5).
    var maandnummer: Int { year * 12 + month - 1 }

    /// The first day of this date's year, where a berekeningsjaar starts.
    var eersteJanuari: CivilDate { CivilDate.ymd(year, 1, 1) }
}
