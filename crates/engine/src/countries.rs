//! Countries: the ISO 3166-1 alpha-2 codes a `citizenship` answer may take, and the groups the
//! guide's temporary residence permit rule names (CIS and EAEU: «ТМД елдерінің азаматтары», «ЕАЭО
//! елдерінің азаматтары», guide, «УАҚЫТША ТҰРУҒА РҰҚСАТ»). The guide names the groups, not their
//! members; the member lists below are decided here (the CIS's with its reason beside it). The
//! AIFC programme's FAQ (itrp.aifc.kz/en/faq) lists the TRP for citizens of Azerbaijan, Armenia,
//! Russia, Tajikistan, Kyrgyzstan, Belarus and Uzbekistan.

/// Every officially assigned ISO 3166-1 alpha-2 code, two letters each, in alphabetical order.
const ISO_3166_1: &str = concat!(
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ",
    "CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFO",
    "FRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJE",
    "JMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMO",
    "MPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPW",
    "PYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTM",
    "TNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW",
);

/// All codes, in order.
pub fn all() -> impl Iterator<Item = &'static str> {
    (0..ISO_3166_1.len() / 2).filter_map(|i| ISO_3166_1.get(2 * i..2 * i + 2))
}

/// The canonical (upper-case) code if `code` is an assigned ISO 3166-1 alpha-2 code.
pub fn parse(code: &str) -> Option<&'static str> {
    if code.len() != 2 || !code.is_ascii() {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    all().find(|c| *c == upper)
}

/// Members of the Eurasian Economic Union (Kazakhstan included).
pub const EAEU: [&str; 5] = ["AM", "BY", "KG", "KZ", "RU"];
/// The other members of the EAEU: their citizens work in Kazakhstan under the Treaty's Article 97.
pub const EAEU_ABROAD: [&str; 4] = ["AM", "BY", "KG", "RU"];

/// Full members of the Commonwealth of Independent States (Kazakhstan included).
// Decision: Turkmenistan is an associate, not a member, so its citizens are not treated as CIS
// citizens; Moldova's exit (voted March 2026) takes effect 12 months after notification, so its
// citizens still are. Both get a note telling the visitor to confirm with the Centre.
pub const CIS: [&str; 9] = ["AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "UZ"];

/// Citizenships whose CIS status the visitor is told to confirm with the Centre.
pub const CIS_UNSETTLED: [&str; 2] = ["MD", "TM"];

pub const KAZAKHSTAN: &str = "KZ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_without_duplicates_and_has_249_codes() {
        let codes: Vec<_> = all().collect();
        assert_eq!(codes.len(), 249);
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
        assert!(codes.iter().all(|c| c.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn groups_are_made_of_real_codes_and_eaeu_is_within_cis() {
        for c in EAEU.iter().chain(CIS.iter()).chain(CIS_UNSETTLED.iter()) {
            assert_eq!(parse(c), Some(*c));
        }
        assert!(EAEU.iter().all(|c| CIS.contains(c)));
        let abroad: Vec<_> = EAEU.iter().filter(|c| **c != KAZAKHSTAN).collect();
        assert_eq!(abroad, EAEU_ABROAD.iter().collect::<Vec<_>>());
    }

    #[test]
    fn parse_is_case_insensitive_and_strict() {
        assert_eq!(parse("kz"), Some("KZ"));
        assert_eq!(parse("XX"), None);
        assert_eq!(parse("KAZ"), None);
        assert_eq!(parse("Қз"), None);
        assert_eq!(parse(""), None);
    }
}
